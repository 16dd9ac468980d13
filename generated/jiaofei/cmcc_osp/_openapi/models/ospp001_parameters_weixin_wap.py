from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPP001ParametersWeixinWap")


@_attrs_define
class OSPP001ParametersWeixinWap:
    """parameters of paymentType WEIXIN-WAP — §6.1 '12) WEIXIN-WAP:微信-手机网站支付'. The document describes only some of the keys
    ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            mweb_url (str): 支付跳转链接: mweb_url为拉起微信支付收银台的中间页面，可通过访问该url来拉起微信客户端，完成支付,mweb_url的有效期为5分钟。
    """

    mweb_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mweb_url = self.mweb_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mweb_url": mweb_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mweb_url = d.pop("mweb_url")

        ospp001_parameters_weixin_wap = cls(
            mweb_url=mweb_url,
        )

        ospp001_parameters_weixin_wap.additional_properties = d
        return ospp001_parameters_weixin_wap

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
