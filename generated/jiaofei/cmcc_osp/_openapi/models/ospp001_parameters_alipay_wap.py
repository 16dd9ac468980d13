from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospp001_parameters_alipay_wap_input_charset import (
    OSPP001ParametersAlipayWapInputCharset,
    check_ospp001_parameters_alipay_wap_input_charset,
)
from ..models.ospp001_parameters_alipay_wap_payment_type import (
    OSPP001ParametersAlipayWapPaymentType,
    check_ospp001_parameters_alipay_wap_payment_type,
)
from ..models.ospp001_parameters_alipay_wap_sign_type import (
    OSPP001ParametersAlipayWapSignType,
    check_ospp001_parameters_alipay_wap_sign_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP001ParametersAlipayWap")


@_attrs_define
class OSPP001ParametersAlipayWap:
    """parameters of paymentType ALIPAY-WAP — §6.1 '1) ALIPAY-WAP(支付宝-手机网站支付)'. The document describes only some of the
    keys ('关于 parameters 中部分参数的说明'), so other keys may appear. Every value is text.

        Attributes:
            service (str): 接口名称: 支付宝接口名称
            partner (str): 合作者身份ID: 支付宝合作者身份ID
            field_input_charset (OSPP001ParametersAlipayWapInputCharset): 参数编码字符集: utf-8
            sign_type (OSPP001ParametersAlipayWapSignType): 签名方法: MD5/RSA
            sign (str): 签名值
            notify_url (str): 异步通知路径
            out_trade_no (str): 商户唯一订单号
            subject (str): 商品名称
            total_fee (str): 交易金额
            seller_id (str): 支付宝卖家账号: 卖家支付宝用户号
            payment_type (OSPP001ParametersAlipayWapPaymentType): 支付类型: 1：商品购买
            body (str): 商品描述
            show_url (str): 商品展示地址: 对应请求报文的ProductURL字段
            return_url (str | Unset): 同步通知路径: 支付宝页面跳转同步通知页面路径
            it_b_pay (str | Unset): 超时时间
    """

    service: str
    partner: str
    field_input_charset: OSPP001ParametersAlipayWapInputCharset
    sign_type: OSPP001ParametersAlipayWapSignType
    sign: str
    notify_url: str
    out_trade_no: str
    subject: str
    total_fee: str
    seller_id: str
    payment_type: OSPP001ParametersAlipayWapPaymentType
    body: str
    show_url: str
    return_url: str | Unset = UNSET
    it_b_pay: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        partner = self.partner

        field_input_charset: str = self.field_input_charset

        sign_type: str = self.sign_type

        sign = self.sign

        notify_url = self.notify_url

        out_trade_no = self.out_trade_no

        subject = self.subject

        total_fee = self.total_fee

        seller_id = self.seller_id

        payment_type: str = self.payment_type

        body = self.body

        show_url = self.show_url

        return_url = self.return_url

        it_b_pay = self.it_b_pay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service": service,
                "partner": partner,
                "_input_charset": field_input_charset,
                "sign_type": sign_type,
                "sign": sign,
                "notify_url": notify_url,
                "out_trade_no": out_trade_no,
                "subject": subject,
                "total_fee": total_fee,
                "seller_id": seller_id,
                "payment_type": payment_type,
                "body": body,
                "show_url": show_url,
            }
        )
        if return_url is not UNSET:
            field_dict["return_url"] = return_url
        if it_b_pay is not UNSET:
            field_dict["it_b_pay"] = it_b_pay

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = d.pop("service")

        partner = d.pop("partner")

        field_input_charset = check_ospp001_parameters_alipay_wap_input_charset(
            d.pop("_input_charset")
        )

        sign_type = check_ospp001_parameters_alipay_wap_sign_type(d.pop("sign_type"))

        sign = d.pop("sign")

        notify_url = d.pop("notify_url")

        out_trade_no = d.pop("out_trade_no")

        subject = d.pop("subject")

        total_fee = d.pop("total_fee")

        seller_id = d.pop("seller_id")

        payment_type = check_ospp001_parameters_alipay_wap_payment_type(d.pop("payment_type"))

        body = d.pop("body")

        show_url = d.pop("show_url")

        return_url = d.pop("return_url", UNSET)

        it_b_pay = d.pop("it_b_pay", UNSET)

        ospp001_parameters_alipay_wap = cls(
            service=service,
            partner=partner,
            field_input_charset=field_input_charset,
            sign_type=sign_type,
            sign=sign,
            notify_url=notify_url,
            out_trade_no=out_trade_no,
            subject=subject,
            total_fee=total_fee,
            seller_id=seller_id,
            payment_type=payment_type,
            body=body,
            show_url=show_url,
            return_url=return_url,
            it_b_pay=it_b_pay,
        )

        ospp001_parameters_alipay_wap.additional_properties = d
        return ospp001_parameters_alipay_wap

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
