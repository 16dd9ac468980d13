from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPP001ParametersAlipaySignandpay")


@_attrs_define
class OSPP001ParametersAlipaySignandpay:
    """parameters of paymentType ALIPAY-SIGNANDPAY — §6.1 '14) ALIPAY-SIGNANDPAY:支付宝'. The document describes only some of
    the keys ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            scheme (str): 支付参数: 支付宝支付参数
    """

    scheme: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheme = self.scheme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheme": scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scheme = d.pop("scheme")

        ospp001_parameters_alipay_signandpay = cls(
            scheme=scheme,
        )

        ospp001_parameters_alipay_signandpay.additional_properties = d
        return ospp001_parameters_alipay_signandpay

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
