from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_code import ReplyCode, check_reply_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyEnvelope")


@_attrs_define
class ReplyEnvelope:
    """
    Attributes:
        code (ReplyCode): 结果 0 成功 1 失败
        message (str): 结果说明
        company (str | Unset): 公司名称 (only in the 返回数据 example)
        supplier (str | Unset): 供应商名称 (only in the 返回数据 example)
    """

    code: ReplyCode
    message: str
    company: str | Unset = UNSET
    supplier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        message = self.message

        company = self.company

        supplier = self.supplier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if company is not UNSET:
            field_dict["company"] = company
        if supplier is not UNSET:
            field_dict["Supplier"] = supplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_reply_code(d.pop("code"))

        message = d.pop("message")

        company = d.pop("company", UNSET)

        supplier = d.pop("Supplier", UNSET)

        reply_envelope = cls(
            code=code,
            message=message,
            company=company,
            supplier=supplier,
        )

        reply_envelope.additional_properties = d
        return reply_envelope

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
