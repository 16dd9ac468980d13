from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB020Reply")


@_attrs_define
class OSPB020Reply:
    """实名制校验 响应结果 (§3.1.17)

    Attributes:
        biz_code (str): 消息返回码: 0000: 成功, 非0000: 失败
        result_time (datetime.datetime): 结果对应时间戳: YYYYMMDDHH24MISS
        biz_desc (str | Unset): 错误信息描述
    """

    biz_code: str
    result_time: datetime.datetime
    biz_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code = self.biz_code

        result_time = self.result_time.isoformat()

        biz_desc = self.biz_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "resultTime": result_time,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = d.pop("bizCode")

        result_time = datetime.datetime.fromisoformat(d.pop("resultTime"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospb020_reply = cls(
            biz_code=biz_code,
            result_time=result_time,
            biz_desc=biz_desc,
        )

        ospb020_reply.additional_properties = d
        return ospb020_reply

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
