from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospf001_request_order_result import (
    OSPF001RequestOrderResult,
    check_ospf001_request_order_result,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPF001Request")


@_attrs_define
class OSPF001Request:
    """订单反馈接口 请求参数 (§3.2.1)

    Attributes:
        order_id (str): 原订单编码
        sub_order_id (str): 原子订单编码
        order_time (str): 业务订购时间: yyyyMMddHHmmss（GMT+8北京时间）
        order_result (OSPF001RequestOrderResult): 订购结果码: 1-订购成功；2-订购失败；3-订购反馈超时关闭
        resp_time (str): 反馈时间: yyyyMMddHHmmss（GMT+8北京时间）
        memo (str | Unset): 备注
    """

    order_id: str
    sub_order_id: str
    order_time: str
    order_result: OSPF001RequestOrderResult
    resp_time: str
    memo: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sub_order_id = self.sub_order_id

        order_time = self.order_time

        order_result: str = self.order_result

        resp_time = self.resp_time

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "orderTime": order_time,
                "orderResult": order_result,
                "respTime": resp_time,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        order_time = d.pop("orderTime")

        order_result = check_ospf001_request_order_result(d.pop("orderResult"))

        resp_time = d.pop("respTime")

        memo = d.pop("memo", UNSET)

        ospf001_request = cls(
            order_id=order_id,
            sub_order_id=sub_order_id,
            order_time=order_time,
            order_result=order_result,
            resp_time=resp_time,
            memo=memo,
        )

        return ospf001_request
