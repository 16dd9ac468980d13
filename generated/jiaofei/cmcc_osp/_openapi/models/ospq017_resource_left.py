from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq017_resource_left_unit import (
    OSPQ017ResourceLeftUnit,
    check_ospq017_resource_left_unit,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ017ResourceLeft")


@_attrs_define
class OSPQ017ResourceLeft:
    """资源信息内容 resourcesLeftInfo 的一项

    Attributes:
        total_res (str | Unset): 通信资源总量: 返回正整数。（若该资源无使用上限则通信资源总量、通信使用量剩余量全部填写大写字母'N'，通信使用量返回用户实际使用量）
        used_res (str | Unset): 通信使用量: 返回正整数或0
        remain_res (str | Unset): 通信使用量剩余量: 返回正整数或0
        unit (OSPQ017ResourceLeftUnit | Unset): 资源单位: 01：分钟；02：条数；03：KB;04：MB；05：GB
        valid_date (datetime.datetime | Unset): 有效截止时间: 格式：YYYYMMDDHH24MISS.以CRM查询时的系统时间为准
    """

    total_res: str | Unset = UNSET
    used_res: str | Unset = UNSET
    remain_res: str | Unset = UNSET
    unit: OSPQ017ResourceLeftUnit | Unset = UNSET
    valid_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_res = self.total_res

        used_res = self.used_res

        remain_res = self.remain_res

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit

        valid_date: str | Unset = UNSET
        if not isinstance(self.valid_date, Unset):
            valid_date = self.valid_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_res is not UNSET:
            field_dict["totalRes"] = total_res
        if used_res is not UNSET:
            field_dict["usedRes"] = used_res
        if remain_res is not UNSET:
            field_dict["remainRes"] = remain_res
        if unit is not UNSET:
            field_dict["unit"] = unit
        if valid_date is not UNSET:
            field_dict["validDate"] = valid_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_res = d.pop("totalRes", UNSET)

        used_res = d.pop("usedRes", UNSET)

        remain_res = d.pop("remainRes", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: OSPQ017ResourceLeftUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = check_ospq017_resource_left_unit(_unit)

        _valid_date = d.pop("validDate", UNSET)
        valid_date: datetime.datetime | Unset
        if isinstance(_valid_date, Unset):
            valid_date = UNSET
        else:
            valid_date = datetime.datetime.fromisoformat(_valid_date)

        ospq017_resource_left = cls(
            total_res=total_res,
            used_res=used_res,
            remain_res=remain_res,
            unit=unit,
            valid_date=valid_date,
        )

        ospq017_resource_left.additional_properties = d
        return ospq017_resource_left

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
