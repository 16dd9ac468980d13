from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq003_in_plan_res_info_res_code import (
    OSPQ003InPlanResInfoResCode,
    check_ospq003_in_plan_res_info_res_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq003_sub_res_info import OSPQ003SubResInfo


T = TypeVar("T", bound="OSPQ003InPlanResInfo")


@_attrs_define
class OSPQ003InPlanResInfo:
    """套餐内资源信息项目 (1.1.2)

    Attributes:
        res_code (OSPQ003InPlanResInfoResCode): 资源类型代码: 04: GPRS资源
        sub_res_info (list[OSPQ003SubResInfo] | Unset): 二级资源信息
    """

    res_code: OSPQ003InPlanResInfoResCode
    sub_res_info: list[OSPQ003SubResInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        res_code: str = self.res_code

        sub_res_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_res_info, Unset):
            sub_res_info = []
            for sub_res_info_item_data in self.sub_res_info:
                sub_res_info_item = sub_res_info_item_data.to_dict()
                sub_res_info.append(sub_res_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resCode": res_code,
            }
        )
        if sub_res_info is not UNSET:
            field_dict["subResInfo"] = sub_res_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq003_sub_res_info import OSPQ003SubResInfo  # noqa: PLC0415

        d = dict(src_dict)
        res_code = check_ospq003_in_plan_res_info_res_code(d.pop("resCode"))

        _sub_res_info = d.pop("subResInfo", UNSET)
        sub_res_info: list[OSPQ003SubResInfo] | Unset = UNSET
        if _sub_res_info is not UNSET:
            sub_res_info = []
            for sub_res_info_item_data in _sub_res_info:
                sub_res_info_item = OSPQ003SubResInfo.from_dict(sub_res_info_item_data)

                sub_res_info.append(sub_res_info_item)

        ospq003_in_plan_res_info = cls(
            res_code=res_code,
            sub_res_info=sub_res_info,
        )

        ospq003_in_plan_res_info.additional_properties = d
        return ospq003_in_plan_res_info

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
