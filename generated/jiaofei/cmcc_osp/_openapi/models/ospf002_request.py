from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospf002_request_refund_result import (
    OSPF002RequestRefundResult,
    check_ospf002_request_refund_result,
)
from ..models.ospf002_request_refund_type import (
    OSPF002RequestRefundType,
    check_ospf002_request_refund_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPF002Request")


@_attrs_define
class OSPF002Request:
    """退货单反馈接口 请求参数 (§3.2.2)

    Attributes:
        refund_type (OSPF002RequestRefundType): 退货类型: 1-普通退货；2-售后维权
        refund_id (str): 退货单编码
        order_id (str): 原订单编码
        sub_order_id (str): 原子订单编码
        resp_time (str): 反馈时间: yyyyMMddHHmmss（GMT+8北京时间）
        refund_result (OSPF002RequestRefundResult): 订购结果码: 00-审核通过全额退款；01-审核通过，同意部分退款；02-审核不通过，不同意退款；99-审核中
        refund_fee (int | Unset): 退款金额: 审核结果RspResult为01时必须填
        memo (str | Unset): 备注
    """

    refund_type: OSPF002RequestRefundType
    refund_id: str
    order_id: str
    sub_order_id: str
    resp_time: str
    refund_result: OSPF002RequestRefundResult
    refund_fee: int | Unset = UNSET
    memo: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refund_type: str = self.refund_type

        refund_id = self.refund_id

        order_id = self.order_id

        sub_order_id = self.sub_order_id

        resp_time = self.resp_time

        refund_result: str = self.refund_result

        refund_fee = self.refund_fee

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refundType": refund_type,
                "refundId": refund_id,
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "respTime": resp_time,
                "refundResult": refund_result,
            }
        )
        if refund_fee is not UNSET:
            field_dict["refundFee"] = refund_fee
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_type = check_ospf002_request_refund_type(d.pop("refundType"))

        refund_id = d.pop("refundId")

        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        resp_time = d.pop("respTime")

        refund_result = check_ospf002_request_refund_result(d.pop("refundResult"))

        refund_fee = d.pop("refundFee", UNSET)

        memo = d.pop("memo", UNSET)

        ospf002_request = cls(
            refund_type=refund_type,
            refund_id=refund_id,
            order_id=order_id,
            sub_order_id=sub_order_id,
            resp_time=resp_time,
            refund_result=refund_result,
            refund_fee=refund_fee,
            memo=memo,
        )

        return ospf002_request
