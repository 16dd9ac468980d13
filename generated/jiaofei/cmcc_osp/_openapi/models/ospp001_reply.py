from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十二支付方式取值表 import check_附录十二支付方式取值表, 附录十二支付方式取值表
from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP001Reply")


@_attrs_define
class OSPP001Reply:
    """支付接口响应结果 (§6.1 响应结果说明)

    Attributes:
        rcv_date (datetime.date): 接收方交易日期: 取值格式为YYYYMMDD。接收方系统日期，基于接收方系统本地时间。
        rcv_trans_id (str): 接收方交易流水号: 接收方确保该字段的当日唯一性；
        rcv_time (datetime.datetime): 接收方时间戳: 接收方处理请求的时间（基于接收方系统时间），格式为YYYYMMDDHHmmSS
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str): 支付单编码: 商户系统到一级能力开放平台下单的唯一支付单编码
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 支付结果描述
        payment_type (附录十二支付方式取值表): 支付方式取值表: 支付方式 (paymentType)；表列 支付方式名称 / (说明)
        payment_url (str | Unset): 支付URL: 该字段当resultCode为014A17必填，其他场景不填
        parameters (str | Unset): 支付参数: 支付参数以被<![CDATA[]]>包裹的字符串
            key1=value1&key2=value2&key3=value3...形式出现，合作渠道可以直接使用或重新拼装实现.支付该字段当ResultCode为014A17必填，其他场景不填
    """

    rcv_date: datetime.date
    rcv_trans_id: str
    rcv_time: datetime.datetime
    order_id: str
    payment_order_id: str
    result_code: 附录十五支付结果代码
    result_desc: str
    payment_type: 附录十二支付方式取值表
    payment_url: str | Unset = UNSET
    parameters: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rcv_date = self.rcv_date.isoformat()

        rcv_trans_id = self.rcv_trans_id

        rcv_time = self.rcv_time.isoformat()

        order_id = self.order_id

        payment_order_id = self.payment_order_id

        result_code: str = self.result_code

        result_desc = self.result_desc

        payment_type: str = self.payment_type

        payment_url = self.payment_url

        parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcvDate": rcv_date,
                "rcvTransId": rcv_trans_id,
                "rcvTime": rcv_time,
                "orderId": order_id,
                "paymentOrderId": payment_order_id,
                "resultCode": result_code,
                "resultDesc": result_desc,
                "paymentType": payment_type,
            }
        )
        if payment_url is not UNSET:
            field_dict["paymentUrl"] = payment_url
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rcv_date = datetime.date.fromisoformat(d.pop("rcvDate"))

        rcv_trans_id = d.pop("rcvTransId")

        rcv_time = datetime.datetime.fromisoformat(d.pop("rcvTime"))

        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        payment_type = check_附录十二支付方式取值表(d.pop("paymentType"))

        payment_url = d.pop("paymentUrl", UNSET)

        parameters = d.pop("parameters", UNSET)

        ospp001_reply = cls(
            rcv_date=rcv_date,
            rcv_trans_id=rcv_trans_id,
            rcv_time=rcv_time,
            order_id=order_id,
            payment_order_id=payment_order_id,
            result_code=result_code,
            result_desc=result_desc,
            payment_type=payment_type,
            payment_url=payment_url,
            parameters=parameters,
        )

        ospp001_reply.additional_properties = d
        return ospp001_reply

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
