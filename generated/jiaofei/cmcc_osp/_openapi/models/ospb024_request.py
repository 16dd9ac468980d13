from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb024_request_refund_status import (
    OSPB024RequestRefundStatus,
    check_ospb024_request_refund_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB024Request")


@_attrs_define
class OSPB024Request:
    """渠道反馈退单状态 请求参数 (§3.1.21)

    Attributes:
        order_id (str): 原订单编码: -渠道原订单编码
        sub_order_id (str): 原子订单编码: -渠道原子订单编码
        ext_return_id (str): 原退单编码: -渠道原退单编码
        refund_status (OSPB024RequestRefundStatus): 退单状态: 退款单状态为RF: 退款成功 一级能开校验此状态为RF退款成功的退单记录
        refund_money (int): 退款金额: 单位：分
        end_time (str): 退单完成结束时间: yyyyMMddHHmmss（GMT+8北京时间）
        update_time (str): 退单状态更新时间: yyyyMMddHHmmss（GMT+8北京时间）
        status_desc (str | Unset): 退单状态描述
    """

    order_id: str
    sub_order_id: str
    ext_return_id: str
    refund_status: OSPB024RequestRefundStatus
    refund_money: int
    end_time: str
    update_time: str
    status_desc: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sub_order_id = self.sub_order_id

        ext_return_id = self.ext_return_id

        refund_status: str = self.refund_status

        refund_money = self.refund_money

        end_time = self.end_time

        update_time = self.update_time

        status_desc = self.status_desc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "extReturnId": ext_return_id,
                "refundStatus": refund_status,
                "refundMoney": refund_money,
                "endTime": end_time,
                "updateTime": update_time,
            }
        )
        if status_desc is not UNSET:
            field_dict["statusDesc"] = status_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        ext_return_id = d.pop("extReturnId")

        refund_status = check_ospb024_request_refund_status(d.pop("refundStatus"))

        refund_money = d.pop("refundMoney")

        end_time = d.pop("endTime")

        update_time = d.pop("updateTime")

        status_desc = d.pop("statusDesc", UNSET)

        ospb024_request = cls(
            order_id=order_id,
            sub_order_id=sub_order_id,
            ext_return_id=ext_return_id,
            refund_status=refund_status,
            refund_money=refund_money,
            end_time=end_time,
            update_time=update_time,
            status_desc=status_desc,
        )

        return ospb024_request
