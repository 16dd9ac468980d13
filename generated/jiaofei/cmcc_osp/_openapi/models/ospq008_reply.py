from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq008_reply_biz_code import OSPQ008ReplyBizCode, check_ospq008_reply_biz_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ008Reply")


@_attrs_define
class OSPQ008Reply:
    """响应结果说明 (§4.7)

    Attributes:
        biz_code (OSPQ008ReplyBizCode): 查询结果: 1: 可用、2: 不可用
        biz_desc (str | Unset): 查询结果描述
        result_time (datetime.datetime | Unset): 结果对应时间戳: 查询成功时返回，格式：YYYYMMDDHH24MISS
    """

    biz_code: OSPQ008ReplyBizCode
    biz_desc: str | Unset = UNSET
    result_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        result_time: str | Unset = UNSET
        if not isinstance(self.result_time, Unset):
            result_time = self.result_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if result_time is not UNSET:
            field_dict["resultTime"] = result_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospq008_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _result_time = d.pop("resultTime", UNSET)
        result_time: datetime.datetime | Unset
        if isinstance(_result_time, Unset):
            result_time = UNSET
        else:
            result_time = datetime.datetime.fromisoformat(_result_time)

        ospq008_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            result_time=result_time,
        )

        ospq008_reply.additional_properties = d
        return ospq008_reply

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
