from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP004Request")


@_attrs_define
class OSPP004Request:
    """退款请求接口请求参数 (§6.4 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        refund_order_id (str): 退款请求订单号: 商户系统到一级能力开放平台退款的唯一退款单编码，生成规则如下：4位系统编码+17位时间戳（格式YYYYMMDDhhmmssXXX，精确到毫秒）+8位随机数字+3
            位渠道编码，其中系统编码参见附录：系统编码，渠道编码取值参见附录：渠道编码，保证退款单号不能重复
        refund_fee (str): 退款金额: 不能大于原交易的用户支付金额Payment
        feedback_url (str): 退款结果异步通知地址: 统一支付向此地址发送退款结果通知
        payment_order_id (str): 原支付请求订单号
        refund_reason (str | Unset): 退款理由
        ori_req_date (str | Unset): 原支付订单发起方日期: YYYYMMDD/原支付请求单号由渠道生成，渠道必填；原支付请求单号由一级能开自动生成的填空。
        custom_param (str | Unset): 商户自定义参数: 退款结果通知时，统一支付会返回此字段，商户可以自行选择需要回传的参数。
    """

    req_date: str
    req_trans_id: str
    req_time: str
    refund_order_id: str
    refund_fee: str
    feedback_url: str
    payment_order_id: str
    refund_reason: str | Unset = UNSET
    ori_req_date: str | Unset = UNSET
    custom_param: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        refund_order_id = self.refund_order_id

        refund_fee = self.refund_fee

        feedback_url = self.feedback_url

        payment_order_id = self.payment_order_id

        refund_reason = self.refund_reason

        ori_req_date = self.ori_req_date

        custom_param = self.custom_param

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "refundOrderId": refund_order_id,
                "refundFee": refund_fee,
                "feedbackUrl": feedback_url,
                "paymentOrderId": payment_order_id,
            }
        )
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if ori_req_date is not UNSET:
            field_dict["oriReqDate"] = ori_req_date
        if custom_param is not UNSET:
            field_dict["customParam"] = custom_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        refund_order_id = d.pop("refundOrderId")

        refund_fee = d.pop("refundFee")

        feedback_url = d.pop("feedbackUrl")

        payment_order_id = d.pop("paymentOrderId")

        refund_reason = d.pop("refundReason", UNSET)

        ori_req_date = d.pop("oriReqDate", UNSET)

        custom_param = d.pop("customParam", UNSET)

        ospp004_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            refund_order_id=refund_order_id,
            refund_fee=refund_fee,
            feedback_url=feedback_url,
            payment_order_id=payment_order_id,
            refund_reason=refund_reason,
            ori_req_date=ori_req_date,
            custom_param=custom_param,
        )

        return ospp004_request
