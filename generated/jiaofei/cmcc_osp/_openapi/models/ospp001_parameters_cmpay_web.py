from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPP001ParametersCmpayWeb")


@_attrs_define
class OSPP001ParametersCmpayWeb:
    """parameters of paymentType CMPAY-WEB — the document gives CMPAY-WEB and CMPAY-WAP one table (§6.1 '13) CMPAY-WEB:
    和包WEB支付, CMPAY-WAP: 和包WAP支付'). The document describes only some of the keys ('关于 parameters 中部分参数的说明'), so other
    keys may appear. Every value is text.

        Attributes:
            session_id (str): 和包支付sessionId
    """

    session_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        ospp001_parameters_cmpay_web = cls(
            session_id=session_id,
        )

        ospp001_parameters_cmpay_web.additional_properties = d
        return ospp001_parameters_cmpay_web

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
