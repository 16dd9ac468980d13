from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailureResponse")


@_attrs_define
class FailureResponse:
    """a reply with code FAIL: only the two M fields of the reply tables (the C fields come with code SUCCESS)

    Attributes:
        code (Literal['FAIL']): 网关应答信息: FAIL (失败)
        msg (str): 网关应答码: the reason (names the field or rule that failed)
    """

    code: Literal["FAIL"]
    msg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal["FAIL"], d.pop("code"))
        if code != "FAIL":
            raise ValueError(f"code must match const 'FAIL', got '{code}'")

        msg = d.pop("msg")

        failure_response = cls(
            code=code,
            msg=msg,
        )

        failure_response.additional_properties = d
        return failure_response

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
