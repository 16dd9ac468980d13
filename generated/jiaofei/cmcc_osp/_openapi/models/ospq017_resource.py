from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq017_resource_is_multi_term import (
    OSPQ017ResourceIsMultiTerm,
    check_ospq017_resource_is_multi_term,
)
from ..models.ospq017_resource_resources_code import (
    OSPQ017ResourceResourcesCode,
    check_ospq017_resource_resources_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_sec_resource import OSPQ017SecResource


T = TypeVar("T", bound="OSPQ017Resource")


@_attrs_define
class OSPQ017Resource:
    """套餐内资源信息查询 resourcesInfo 的一项

    Attributes:
        resources_code (OSPQ017ResourceResourcesCode | Unset): 资源分类编码: 01:语音 02: 短信 03: 彩信04: GPRS资源 05: WLAN资源
        is_multi_term (OSPQ017ResourceIsMultiTerm | Unset): 流量是否多终端共享: 0-已共享 1-未共享
            只需要主号码返回此字段资源分类为04并且为4G套餐时必须返回，3G套餐或资源分类为其他值时不返回。
        sec_resources_info (list[OSPQ017SecResource] | Unset): 二级资源信息
    """

    resources_code: OSPQ017ResourceResourcesCode | Unset = UNSET
    is_multi_term: OSPQ017ResourceIsMultiTerm | Unset = UNSET
    sec_resources_info: list[OSPQ017SecResource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resources_code: str | Unset = UNSET
        if not isinstance(self.resources_code, Unset):
            resources_code = self.resources_code

        is_multi_term: str | Unset = UNSET
        if not isinstance(self.is_multi_term, Unset):
            is_multi_term = self.is_multi_term

        sec_resources_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sec_resources_info, Unset):
            sec_resources_info = []
            for sec_resources_info_item_data in self.sec_resources_info:
                sec_resources_info_item = sec_resources_info_item_data.to_dict()
                sec_resources_info.append(sec_resources_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resources_code is not UNSET:
            field_dict["resourcesCode"] = resources_code
        if is_multi_term is not UNSET:
            field_dict["isMultiTerm"] = is_multi_term
        if sec_resources_info is not UNSET:
            field_dict["secResourcesInfo"] = sec_resources_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_sec_resource import OSPQ017SecResource  # noqa: PLC0415

        d = dict(src_dict)
        _resources_code = d.pop("resourcesCode", UNSET)
        resources_code: OSPQ017ResourceResourcesCode | Unset
        if isinstance(_resources_code, Unset):
            resources_code = UNSET
        else:
            resources_code = check_ospq017_resource_resources_code(_resources_code)

        _is_multi_term = d.pop("isMultiTerm", UNSET)
        is_multi_term: OSPQ017ResourceIsMultiTerm | Unset
        if isinstance(_is_multi_term, Unset):
            is_multi_term = UNSET
        else:
            is_multi_term = check_ospq017_resource_is_multi_term(_is_multi_term)

        _sec_resources_info = d.pop("secResourcesInfo", UNSET)
        sec_resources_info: list[OSPQ017SecResource] | Unset = UNSET
        if _sec_resources_info is not UNSET:
            sec_resources_info = []
            for sec_resources_info_item_data in _sec_resources_info:
                sec_resources_info_item = OSPQ017SecResource.from_dict(sec_resources_info_item_data)

                sec_resources_info.append(sec_resources_info_item)

        ospq017_resource = cls(
            resources_code=resources_code,
            is_multi_term=is_multi_term,
            sec_resources_info=sec_resources_info,
        )

        ospq017_resource.additional_properties = d
        return ospq017_resource

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
