from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospp010_request_refund_type import (
    OSPP010RequestRefundType,
    check_ospp010_request_refund_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP010Request")


@_attrs_define
class OSPP010Request:
    """客服强制退款接口请求参数 (§6.8 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        refund_order_id (str): 退款请求订单号: 商户系统到一级能力开放平台退款的唯一退款单编码，生成规则如下：4位系统编码+17位时间戳（格式YYYYMMDDhhmmssXXX，精确到毫秒）+8位随机数字+3
            位渠道编码，其中系统编码参见附录：系统编码，渠道编码取值参见附录：渠道编码，保证退款单号不能重复
        refund_fee (str): 退款金额: 不能大于原交易的用户支付金额Payment
        refund_type (OSPP010RequestRefundType): 退款类型: 1:强制退款
        feedback_url (str): 退款结果异步通知地址: 统一支付向此地址发送退款结果通知
        payment_order_id (str): 原支付请求订单号
        ori_req_date (str): 原支付订单发起方日期: YYYYMMDD
        refund_reason (str | Unset): 退款理由
        custom_param (str | Unset): 商户自定义参数: 退款结果通知时，统一支付会返回此字段，商户可以自行选择需要回传的参数。
    """

    req_date: str
    req_trans_id: str
    req_time: str
    refund_order_id: str
    refund_fee: str
    refund_type: OSPP010RequestRefundType
    feedback_url: str
    payment_order_id: str
    ori_req_date: str
    refund_reason: str | Unset = UNSET
    custom_param: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        refund_order_id = self.refund_order_id

        refund_fee = self.refund_fee

        refund_type: int = self.refund_type

        feedback_url = self.feedback_url

        payment_order_id = self.payment_order_id

        ori_req_date = self.ori_req_date

        refund_reason = self.refund_reason

        custom_param = self.custom_param

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "refundOrderId": refund_order_id,
                "refundFee": refund_fee,
                "refundType": refund_type,
                "feedbackUrl": feedback_url,
                "paymentOrderId": payment_order_id,
                "oriReqDate": ori_req_date,
            }
        )
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
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

        refund_type = check_ospp010_request_refund_type(d.pop("refundType"))

        feedback_url = d.pop("feedbackUrl")

        payment_order_id = d.pop("paymentOrderId")

        ori_req_date = d.pop("oriReqDate")

        refund_reason = d.pop("refundReason", UNSET)

        custom_param = d.pop("customParam", UNSET)

        ospp010_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            refund_order_id=refund_order_id,
            refund_fee=refund_fee,
            refund_type=refund_type,
            feedback_url=feedback_url,
            payment_order_id=payment_order_id,
            ori_req_date=ori_req_date,
            refund_reason=refund_reason,
            custom_param=custom_param,
        )

        return ospp010_request
