from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospp001_parameters_weixin_jsapi_sign_type import (
    OSPP001ParametersWeixinJsapiSignType,
    check_ospp001_parameters_weixin_jsapi_sign_type,
)

T = TypeVar("T", bound="OSPP001ParametersWeixinJsapi")


@_attrs_define
class OSPP001ParametersWeixinJsapi:
    """parameters of paymentType WEIXIN-JSAPI — §6.1 '5) WEIXIN-JSAPI(微信-公众号支付)'. The document describes only some of the
    keys ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            app_id (str): 公众账号ID
            time_stamp (str): 时间戳: 当前时间，以秒为单位
            nonce_str (str): 随机字符串
            package (str): 订单详情扩展字符串: 统一下单接口返回的prepay_id参数值，提交格式如：prepay_id=*
            sign_type (OSPP001ParametersWeixinJsapiSignType): 签名方式: MD5
            pay_sign (str): 签名
    """

    app_id: str
    time_stamp: str
    nonce_str: str
    package: str
    sign_type: OSPP001ParametersWeixinJsapiSignType
    pay_sign: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        time_stamp = self.time_stamp

        nonce_str = self.nonce_str

        package = self.package

        sign_type: str = self.sign_type

        pay_sign = self.pay_sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appId": app_id,
                "timeStamp": time_stamp,
                "nonceStr": nonce_str,
                "package": package,
                "signType": sign_type,
                "paySign": pay_sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_id = d.pop("appId")

        time_stamp = d.pop("timeStamp")

        nonce_str = d.pop("nonceStr")

        package = d.pop("package")

        sign_type = check_ospp001_parameters_weixin_jsapi_sign_type(d.pop("signType"))

        pay_sign = d.pop("paySign")

        ospp001_parameters_weixin_jsapi = cls(
            app_id=app_id,
            time_stamp=time_stamp,
            nonce_str=nonce_str,
            package=package,
            sign_type=sign_type,
            pay_sign=pay_sign,
        )

        ospp001_parameters_weixin_jsapi.additional_properties = d
        return ospp001_parameters_weixin_jsapi

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
