from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP002Request")


@_attrs_define
class OSPP002Request:
    """支付结果反馈接口请求参数 (§6.2 请求参数说明): the platform's payment result notification, POSTed to the payment request's notifyUrl

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str): 支付单编码: 合作渠道传入的支付单编码
        settle_date (str): 结算日期: 表示订单发生于某个日期，作为对账时的依据
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 支付结果描述
        custom_param (str | Unset): 商户自定义参数: 一级能力开放平台CMCOP会返回支付请求时的此字段，包含商户需要回传的参数。
    """

    req_date: str
    req_trans_id: str
    req_time: str
    order_id: str
    payment_order_id: str
    settle_date: str
    result_code: 附录十五支付结果代码
    result_desc: str
    custom_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        order_id = self.order_id

        payment_order_id = self.payment_order_id

        settle_date = self.settle_date

        result_code: str = self.result_code

        result_desc = self.result_desc

        custom_param = self.custom_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "orderId": order_id,
                "paymentOrderId": payment_order_id,
                "settleDate": settle_date,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )
        if custom_param is not UNSET:
            field_dict["customParam"] = custom_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId")

        settle_date = d.pop("settleDate")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        custom_param = d.pop("customParam", UNSET)

        ospp002_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            order_id=order_id,
            payment_order_id=payment_order_id,
            settle_date=settle_date,
            result_code=result_code,
            result_desc=result_desc,
            custom_param=custom_param,
        )

        ospp002_request.additional_properties = d
        return ospp002_request

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
