from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPP001ParametersAlipayNative")


@_attrs_define
class OSPP001ParametersAlipayNative:
    """parameters of paymentType ALIPAY-NATIVE — §6.1 '11) ALIPAY-NATIVE(支付宝-扫码支付)'. The document describes only some of
    the keys ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            code_url (str): 二维码链接: 用于生成二维码，展示给用户进行扫码支付，如： https://qr.alipay.com/bavh4wjlx12tper3a
                ，商户利用第三方组件将此URL生成二维码展示给用户扫码即可支付。
    """

    code_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_url = self.code_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_url": code_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code_url = d.pop("code_url")

        ospp001_parameters_alipay_native = cls(
            code_url=code_url,
        )

        ospp001_parameters_alipay_native.additional_properties = d
        return ospp001_parameters_alipay_native

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
