from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP009Request")


@_attrs_define
class OSPP009Request:
    """渠道订单支付结果查询请求参数 (§6.7 请求参数说明)

    Attributes:
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str | Unset): 原支付单编码: 要查询的支付单编码
    """

    order_id: str
    payment_order_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        payment_order_id = self.payment_order_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if payment_order_id is not UNSET:
            field_dict["paymentOrderId"] = payment_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId", UNSET)

        ospp009_request = cls(
            order_id=order_id,
            payment_order_id=payment_order_id,
        )

        return ospp009_request
