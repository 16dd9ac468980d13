from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq024_result_used_way_code import (
    OSPQ024ResultUsedWayCode,
    check_ospq024_result_used_way_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ024Result")


@_attrs_define
class OSPQ024Result:
    """积分累计明细查询用户资料信息 resultList 的一项

    Attributes:
        used_point (int): 使用的积分值: 不区分消费积分还是促销积分，只显示本次使用的总积分
        used_way_code (OSPQ024ResultUsedWayCode): 用户使用积分途径编码: 00--积分消费 01--积分转赠（转出） 02--其他用途【省BOSS根据情况填写具体原因】
        used_way_desc (str): 用户使用积分途径描述
        comments (str): 使用说明: 说明使用情况或使用渠道描述
        used_time (datetime.datetime | Unset): 使用时间: YYYYMMDDHH24mmSS
    """

    used_point: int
    used_way_code: OSPQ024ResultUsedWayCode
    used_way_desc: str
    comments: str
    used_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        used_point = self.used_point

        used_way_code: str = self.used_way_code

        used_way_desc = self.used_way_desc

        comments = self.comments

        used_time: str | Unset = UNSET
        if not isinstance(self.used_time, Unset):
            used_time = self.used_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usedPoint": used_point,
                "usedWayCode": used_way_code,
                "usedWayDesc": used_way_desc,
                "comments": comments,
            }
        )
        if used_time is not UNSET:
            field_dict["usedTime"] = used_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        used_point = d.pop("usedPoint")

        used_way_code = check_ospq024_result_used_way_code(d.pop("usedWayCode"))

        used_way_desc = d.pop("usedWayDesc")

        comments = d.pop("comments")

        _used_time = d.pop("usedTime", UNSET)
        used_time: datetime.datetime | Unset
        if isinstance(_used_time, Unset):
            used_time = UNSET
        else:
            used_time = datetime.datetime.fromisoformat(_used_time)

        ospq024_result = cls(
            used_point=used_point,
            used_way_code=used_way_code,
            used_way_desc=used_way_desc,
            comments=comments,
            used_time=used_time,
        )

        ospq024_result.additional_properties = d
        return ospq024_result

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
