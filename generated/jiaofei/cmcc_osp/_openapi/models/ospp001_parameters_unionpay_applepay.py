from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPP001ParametersUnionpayApplepay")


@_attrs_define
class OSPP001ParametersUnionpayApplepay:
    """parameters of paymentType UNIONPAY-APPLEPAY — §6.1 '10) UNIONPAY-APPLEPAY(银联APPLE PAY)'. The document describes only
    some of the keys ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            tn (str): 银联受理订单号
            merchant_id (str): 商户号: 统一支付在银联商户号
    """

    tn: str
    merchant_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tn = self.tn

        merchant_id = self.merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tn": tn,
                "MerchantID": merchant_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tn = d.pop("tn")

        merchant_id = d.pop("MerchantID")

        ospp001_parameters_unionpay_applepay = cls(
            tn=tn,
            merchant_id=merchant_id,
        )

        ospp001_parameters_unionpay_applepay.additional_properties = d
        return ospp001_parameters_unionpay_applepay

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
