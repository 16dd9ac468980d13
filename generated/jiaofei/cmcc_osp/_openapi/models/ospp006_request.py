from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP006Request")


@_attrs_define
class OSPP006Request:
    """退款查询接口请求参数 (§6.6 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_transid (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        ori_req_date (str): 原请求日期: 商户发起此订单时所使用的reqDate
        refund_order_id (str): 原退款订单号: 商户传入要查询的原退款订单的订单号
        ori_settle_date (str | Unset): 原退款订单结算日期: 如果商户已经从原退款订单结果通知中获得结算日期，则建议传入该字段
    """

    req_date: str
    req_transid: str
    req_time: str
    ori_req_date: str
    refund_order_id: str
    ori_settle_date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_transid = self.req_transid

        req_time = self.req_time

        ori_req_date = self.ori_req_date

        refund_order_id = self.refund_order_id

        ori_settle_date = self.ori_settle_date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransid": req_transid,
                "reqTime": req_time,
                "oriReqDate": ori_req_date,
                "refundOrderId": refund_order_id,
            }
        )
        if ori_settle_date is not UNSET:
            field_dict["oriSettleDate"] = ori_settle_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_transid = d.pop("reqTransid")

        req_time = d.pop("reqTime")

        ori_req_date = d.pop("oriReqDate")

        refund_order_id = d.pop("refundOrderId")

        ori_settle_date = d.pop("oriSettleDate", UNSET)

        ospp006_request = cls(
            req_date=req_date,
            req_transid=req_transid,
            req_time=req_time,
            ori_req_date=ori_req_date,
            refund_order_id=refund_order_id,
            ori_settle_date=ori_settle_date,
        )

        return ospp006_request
