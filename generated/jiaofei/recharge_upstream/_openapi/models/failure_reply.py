from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailureReply")


@_attrs_define
class FailureReply:
    """
    Attributes:
        code (Literal['400']): 返回状态码: 失败为 400
        count (Literal['0']): 返回结果数量: 失败为 0
        msg (str): 返回信息 (names the field and the rule that failed)
    """

    code: Literal["400"]
    count: Literal["0"]
    msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        count = self.count

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "count": count,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["400"], d.pop("code"))
        if code != "400":
            raise ValueError(f"code must match const '400', got '{code}'")

        count = cast(Literal["0"], d.pop("count"))
        if count != "0":
            raise ValueError(f"count must match const '0', got '{count}'")

        msg = d.pop("msg")

        failure_reply = cls(
            code=code,
            count=count,
            msg=msg,
        )

        failure_reply.additional_properties = d
        return failure_reply

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
