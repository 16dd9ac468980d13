from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ002Reply")


@_attrs_define
class OSPQ002Reply:
    """响应结果说明 (§4.2)

    Attributes:
        enough (bool | Unset): 用户帐户余额是否达到请求金额: 如果大于或等于请求, 返回true, 如果小于请求金额, 返回false。
        result_time (datetime.datetime | Unset): 结果对应时间戳: 返回查询内容的时间点 yyyyMMddHHmmss (GMT+8北京时间)
        result_desc (str | Unset): 鉴权结果说明: 当鉴权失败时, 返回失败原因(描述信息)
    """

    enough: bool | Unset = UNSET
    result_time: datetime.datetime | Unset = UNSET
    result_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enough = self.enough

        result_time: str | Unset = UNSET
        if not isinstance(self.result_time, Unset):
            result_time = self.result_time.isoformat()

        result_desc = self.result_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enough is not UNSET:
            field_dict["enough"] = enough
        if result_time is not UNSET:
            field_dict["resultTime"] = result_time
        if result_desc is not UNSET:
            field_dict["resultDesc"] = result_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enough = d.pop("enough", UNSET)

        _result_time = d.pop("resultTime", UNSET)
        result_time: datetime.datetime | Unset
        if isinstance(_result_time, Unset):
            result_time = UNSET
        else:
            result_time = datetime.datetime.fromisoformat(_result_time)

        result_desc = d.pop("resultDesc", UNSET)

        ospq002_reply = cls(
            enough=enough,
            result_time=result_time,
            result_desc=result_desc,
        )

        ospq002_reply.additional_properties = d
        return ospq002_reply

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
