from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq003_in_plan_res_info import OSPQ003InPlanResInfo


T = TypeVar("T", bound="OSPQ003InPlanInfo")


@_attrs_define
class OSPQ003InPlanInfo:
    """套餐内资源使用信息 (1.1)

    Attributes:
        resource_name (str): 套餐名称
        res_info (list[OSPQ003InPlanResInfo] | Unset): 套餐内资源信息项目
    """

    resource_name: str
    res_info: list[OSPQ003InPlanResInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_name = self.resource_name

        res_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.res_info, Unset):
            res_info = []
            for res_info_item_data in self.res_info:
                res_info_item = res_info_item_data.to_dict()
                res_info.append(res_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resourceName": resource_name,
            }
        )
        if res_info is not UNSET:
            field_dict["resInfo"] = res_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq003_in_plan_res_info import OSPQ003InPlanResInfo  # noqa: PLC0415

        d = dict(src_dict)
        resource_name = d.pop("resourceName")

        _res_info = d.pop("resInfo", UNSET)
        res_info: list[OSPQ003InPlanResInfo] | Unset = UNSET
        if _res_info is not UNSET:
            res_info = []
            for res_info_item_data in _res_info:
                res_info_item = OSPQ003InPlanResInfo.from_dict(res_info_item_data)

                res_info.append(res_info_item)

        ospq003_in_plan_info = cls(
            resource_name=resource_name,
            res_info=res_info,
        )

        ospq003_in_plan_info.additional_properties = d
        return ospq003_in_plan_info

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
