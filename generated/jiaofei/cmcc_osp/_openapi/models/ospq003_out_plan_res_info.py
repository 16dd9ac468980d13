from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq003_out_plan_res_info_unit import (
    OSPQ003OutPlanResInfoUnit,
    check_ospq003_out_plan_res_info_unit,
)

T = TypeVar("T", bound="OSPQ003OutPlanResInfo")


@_attrs_define
class OSPQ003OutPlanResInfo:
    """套餐外计费资源使用信息 (1.2.2)

    Attributes:
        used (str): 套餐外资源使用量: 返回正整数或0
        unit (OSPQ003OutPlanResInfoUnit): 资源单位: 01：分钟；02：条数；03：KB
    """

    used: str
    unit: OSPQ003OutPlanResInfoUnit
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used = self.used

        unit: str = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "used": used,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        used = d.pop("used")

        unit = check_ospq003_out_plan_res_info_unit(d.pop("unit"))

        ospq003_out_plan_res_info = cls(
            used=used,
            unit=unit,
        )

        ospq003_out_plan_res_info.additional_properties = d
        return ospq003_out_plan_res_info

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
