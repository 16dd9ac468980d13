from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.failure_reply_code import FailureReplyCode, check_failure_reply_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="FailureReply")


@_attrs_define
class FailureReply:
    """
    Attributes:
        code (FailureReplyCode): 结果 0 成功 1 失败: 失败为 1
        message (str): 结果说明 (names the field and the rule that failed)
        data (str | Unset): 返回格式 data:"" (a failure returns no data)
    """

    code: FailureReplyCode
    message: str
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        message = self.message

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_failure_reply_code(d.pop("code"))

        message = d.pop("message")

        data = d.pop("data", UNSET)

        failure_reply = cls(
            code=code,
            message=message,
            data=data,
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
