from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospp001_parameters_weixin_app_package import (
    OSPP001ParametersWeixinAppPackage,
    check_ospp001_parameters_weixin_app_package,
)

T = TypeVar("T", bound="OSPP001ParametersWeixinApp")


@_attrs_define
class OSPP001ParametersWeixinApp:
    """parameters of paymentType WEIXIN-APP — §6.1 '6) WEIXIN-APP(微信-APP支付)'. The document describes only some of the keys
    ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            appid (str): 公众账号ID
            partnerid (str): 商户号: 微信支付分配的商户号
            prepayid (str): 预支付交易会话ID: 微信返回的支付交易会话ID
            package (OSPP001ParametersWeixinAppPackage): 扩展字段: 暂填写固定值Sign=WXPAY
            noncestr (str): 随机字符串
            timestamp (str): 时间戳: 当前时间，以秒为单位
            sign (str): 签名
    """

    appid: str
    partnerid: str
    prepayid: str
    package: OSPP001ParametersWeixinAppPackage
    noncestr: str
    timestamp: str
    sign: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        appid = self.appid

        partnerid = self.partnerid

        prepayid = self.prepayid

        package: str = self.package

        noncestr = self.noncestr

        timestamp = self.timestamp

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appid": appid,
                "partnerid": partnerid,
                "prepayid": prepayid,
                "package": package,
                "noncestr": noncestr,
                "timestamp": timestamp,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appid = d.pop("appid")

        partnerid = d.pop("partnerid")

        prepayid = d.pop("prepayid")

        package = check_ospp001_parameters_weixin_app_package(d.pop("package"))

        noncestr = d.pop("noncestr")

        timestamp = d.pop("timestamp")

        sign = d.pop("sign")

        ospp001_parameters_weixin_app = cls(
            appid=appid,
            partnerid=partnerid,
            prepayid=prepayid,
            package=package,
            noncestr=noncestr,
            timestamp=timestamp,
            sign=sign,
        )

        ospp001_parameters_weixin_app.additional_properties = d
        return ospp001_parameters_weixin_app

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
