from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq003_sub_res_info_is_carry_over import (
    OSPQ003SubResInfoIsCarryOver,
    check_ospq003_sub_res_info_is_carry_over,
)
from ..models.ospq003_sub_res_info_unit import (
    OSPQ003SubResInfoUnit,
    check_ospq003_sub_res_info_unit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ003SubResInfo")


@_attrs_define
class OSPQ003SubResInfo:
    """二级资源信息 (1.1.2.2)

    Attributes:
        name (str): 二级资源信息名称
        amount (str): 资源总量: 返回正整数。（若该资源无使用上限则通信资源总量、通信使用量、通信使用量剩余量全部填写大写字母'N'）
        used (str): 资源已使用量: 返回正整数或0
        remain (str): 资源剩余量: 返回正整数或0
        unit (OSPQ003SubResInfoUnit): 资源单位: 01: 分钟; 02: 条数; 03: KB
        is_carry_over (OSPQ003SubResInfoIsCarryOver): 是否属于结转资源: 0:结转资源; 1:非结转资源(如按次计费产品、本月资源)
        bill_month (str | Unset): 资源所属帐期月份: 当IsImport取值为0时填写; 如用户10月份套餐结转资源填写201510
        expire_time (datetime.datetime | Unset): 资源信息失效时间: 格式: yyyyMMddHHmmss (GMT+8北京时间) 结转资源信息将在某个帐期全部清零,
            则填写该帐期最末一天的最后一秒; 资源永久不清零则不返回该字段; 本月资源不返回该字段。
    """

    name: str
    amount: str
    used: str
    remain: str
    unit: OSPQ003SubResInfoUnit
    is_carry_over: OSPQ003SubResInfoIsCarryOver
    bill_month: str | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        amount = self.amount

        used = self.used

        remain = self.remain

        unit: str = self.unit

        is_carry_over: str = self.is_carry_over

        bill_month = self.bill_month

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "amount": amount,
                "used": used,
                "remain": remain,
                "unit": unit,
                "isCarryOver": is_carry_over,
            }
        )
        if bill_month is not UNSET:
            field_dict["billMonth"] = bill_month
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        amount = d.pop("amount")

        used = d.pop("used")

        remain = d.pop("remain")

        unit = check_ospq003_sub_res_info_unit(d.pop("unit"))

        is_carry_over = check_ospq003_sub_res_info_is_carry_over(d.pop("isCarryOver"))

        bill_month = d.pop("billMonth", UNSET)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        ospq003_sub_res_info = cls(
            name=name,
            amount=amount,
            used=used,
            remain=remain,
            unit=unit,
            is_carry_over=is_carry_over,
            bill_month=bill_month,
            expire_time=expire_time,
        )

        ospq003_sub_res_info.additional_properties = d
        return ospq003_sub_res_info

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
