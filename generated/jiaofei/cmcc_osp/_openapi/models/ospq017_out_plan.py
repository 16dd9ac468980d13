from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq017_out_plan_meal_info_up_code import (
    OSPQ017OutPlanMealInfoUpCode,
    check_ospq017_out_plan_meal_info_up_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_out_plan_usage import OSPQ017OutPlanUsage


T = TypeVar("T", bound="OSPQ017OutPlan")


@_attrs_define
class OSPQ017OutPlan:
    """套餐外计费资源信息 outPlanQry 的一项

    Attributes:
        meal_info_up_code (OSPQ017OutPlanMealInfoUpCode | Unset): 资源名称编码: 04: GPRS资源 05: WLAN资源
        meal_info_up_source (list[OSPQ017OutPlanUsage] | Unset): 套餐外计费资源使用信息
    """

    meal_info_up_code: OSPQ017OutPlanMealInfoUpCode | Unset = UNSET
    meal_info_up_source: list[OSPQ017OutPlanUsage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meal_info_up_code: str | Unset = UNSET
        if not isinstance(self.meal_info_up_code, Unset):
            meal_info_up_code = self.meal_info_up_code

        meal_info_up_source: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meal_info_up_source, Unset):
            meal_info_up_source = []
            for meal_info_up_source_item_data in self.meal_info_up_source:
                meal_info_up_source_item = meal_info_up_source_item_data.to_dict()
                meal_info_up_source.append(meal_info_up_source_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meal_info_up_code is not UNSET:
            field_dict["mealInfoUpCode"] = meal_info_up_code
        if meal_info_up_source is not UNSET:
            field_dict["mealInfoUpSource"] = meal_info_up_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_out_plan_usage import OSPQ017OutPlanUsage  # noqa: PLC0415

        d = dict(src_dict)
        _meal_info_up_code = d.pop("mealInfoUpCode", UNSET)
        meal_info_up_code: OSPQ017OutPlanMealInfoUpCode | Unset
        if isinstance(_meal_info_up_code, Unset):
            meal_info_up_code = UNSET
        else:
            meal_info_up_code = check_ospq017_out_plan_meal_info_up_code(_meal_info_up_code)

        _meal_info_up_source = d.pop("mealInfoUpSource", UNSET)
        meal_info_up_source: list[OSPQ017OutPlanUsage] | Unset = UNSET
        if _meal_info_up_source is not UNSET:
            meal_info_up_source = []
            for meal_info_up_source_item_data in _meal_info_up_source:
                meal_info_up_source_item = OSPQ017OutPlanUsage.from_dict(
                    meal_info_up_source_item_data
                )

                meal_info_up_source.append(meal_info_up_source_item)

        ospq017_out_plan = cls(
            meal_info_up_code=meal_info_up_code,
            meal_info_up_source=meal_info_up_source,
        )

        ospq017_out_plan.additional_properties = d
        return ospq017_out_plan

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
