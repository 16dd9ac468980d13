from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP003Request")


@_attrs_define
class OSPP003Request:
    """支付信息查询接口请求参数 (§6.3 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        ori_req_date (str): 原请求日期: 发起此订单时所使用的reqDate
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str): 原支付单编码: 要查询的支付单编码
        settle_date (str | Unset): 原支付单结算日期: 如果合作渠道已经从订单结果通知中获得结算日期，则建议传入该字段
    """

    req_date: str
    req_trans_id: str
    req_time: str
    ori_req_date: str
    order_id: str
    payment_order_id: str
    settle_date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        ori_req_date = self.ori_req_date

        order_id = self.order_id

        payment_order_id = self.payment_order_id

        settle_date = self.settle_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "oriReqDate": ori_req_date,
                "orderId": order_id,
                "paymentOrderId": payment_order_id,
            }
        )
        if settle_date is not UNSET:
            field_dict["settleDate"] = settle_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        ori_req_date = d.pop("oriReqDate")

        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId")

        settle_date = d.pop("settleDate", UNSET)

        ospp003_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            ori_req_date=ori_req_date,
            order_id=order_id,
            payment_order_id=payment_order_id,
            settle_date=settle_date,
        )

        return ospp003_request
