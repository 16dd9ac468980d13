from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq017_out_plan_usage_classify import (
    OSPQ017OutPlanUsageClassify,
    check_ospq017_out_plan_usage_classify,
)
from ..models.ospq017_out_plan_usage_unit import (
    OSPQ017OutPlanUsageUnit,
    check_ospq017_out_plan_usage_unit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ017OutPlanUsage")


@_attrs_define
class OSPQ017OutPlanUsage:
    """套餐外计费资源使用信息 mealInfoUpSource 的一项

    Attributes:
        classify (OSPQ017OutPlanUsageClassify | Unset): 套餐外资源分类: 当mealInfoUpCode
            为04时，取值为：01：套餐外省内；02：套餐外国内；03：套餐外国际；04其他 当mealInfoUpCode 为05时，取值为：05
        usage_amount (str | Unset): 套餐外资源使用量: 返回正整数或0
        unit (OSPQ017OutPlanUsageUnit | Unset): 资源单位: 1：分钟；02：条数；03：KB；04：MB；05：GB
        charging (Decimal | Unset): 计费金额: 单位：分（保留小数点后两位）
    """

    classify: OSPQ017OutPlanUsageClassify | Unset = UNSET
    usage_amount: str | Unset = UNSET
    unit: OSPQ017OutPlanUsageUnit | Unset = UNSET
    charging: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        classify: str | Unset = UNSET
        if not isinstance(self.classify, Unset):
            classify = self.classify

        usage_amount = self.usage_amount

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        charging: str | Unset = UNSET
        if not isinstance(self.charging, Unset):
            charging = str(self.charging)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classify is not UNSET:
            field_dict["classify"] = classify
        if usage_amount is not UNSET:
            field_dict["usageAmount"] = usage_amount
        if unit is not UNSET:
            field_dict["unit"] = unit
        if charging is not UNSET:
            field_dict["charging"] = charging

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _classify = d.pop("classify", UNSET)
        classify: OSPQ017OutPlanUsageClassify | Unset
        if isinstance(_classify, Unset):
            classify = UNSET
        else:
            classify = check_ospq017_out_plan_usage_classify(_classify)

        usage_amount = d.pop("usageAmount", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: OSPQ017OutPlanUsageUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = check_ospq017_out_plan_usage_unit(_unit)

        _charging = d.pop("charging", UNSET)
        charging: Decimal | Unset
        if isinstance(_charging, Unset):
            charging = UNSET
        else:
            charging = Decimal(str(_charging))

        ospq017_out_plan_usage = cls(
            classify=classify,
            usage_amount=usage_amount,
            unit=unit,
            charging=charging,
        )

        ospq017_out_plan_usage.additional_properties = d
        return ospq017_out_plan_usage

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
