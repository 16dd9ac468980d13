from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb023_sub_order_status import OSPB023SubOrderStatus, check_ospb023_sub_order_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB023SubOrder")


@_attrs_define
class OSPB023SubOrder:
    """子订单 (§3.1.20 subOrderList[])

    Attributes:
        sub_order_id (str): 原子订单编码: -渠道原子订单编码
        status (OSPB023SubOrderStatus): 订单状态: TS：-渠道侧标记子订单交易成功； 一级能开校验此状态为交易成功TS的子订单记录
        end_time (str): 订单完成结束时间: yyyyMMddHHmmss（GMT+8北京时间）
        update_time (str): 订单状态更新时间: yyyyMMddHHmmss（GMT+8北京时间）
        status_desc (str | Unset): 订单状态描述
    """

    sub_order_id: str
    status: OSPB023SubOrderStatus
    end_time: str
    update_time: str
    status_desc: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sub_order_id = self.sub_order_id

        status: str = self.status

        end_time = self.end_time

        update_time = self.update_time

        status_desc = self.status_desc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subOrderId": sub_order_id,
                "status": status,
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
        sub_order_id = d.pop("subOrderId")

        status = check_ospb023_sub_order_status(d.pop("status"))

        end_time = d.pop("endTime")

        update_time = d.pop("updateTime")

        status_desc = d.pop("statusDesc", UNSET)

        ospb023_sub_order = cls(
            sub_order_id=sub_order_id,
            status=status,
            end_time=end_time,
            update_time=update_time,
            status_desc=status_desc,
        )

        return ospb023_sub_order
