from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.ospb023_sub_order import OSPB023SubOrder


T = TypeVar("T", bound="OSPB023Request")


@_attrs_define
class OSPB023Request:
    """渠道反馈订单状态 请求参数 (§3.1.20)

    Attributes:
        order_id (str): 原订单编码: -渠道原订单编码
        sub_order_list (list[OSPB023SubOrder]): 子订单集合: 包含一个或多个子订单
    """

    order_id: str
    sub_order_list: list[OSPB023SubOrder]

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sub_order_list = []
        for sub_order_list_item_data in self.sub_order_list:
            sub_order_list_item = sub_order_list_item_data.to_dict()
            sub_order_list.append(sub_order_list_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "subOrderList": sub_order_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb023_sub_order import OSPB023SubOrder  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        sub_order_list = []
        _sub_order_list = d.pop("subOrderList")
        for sub_order_list_item_data in _sub_order_list:
            sub_order_list_item = OSPB023SubOrder.from_dict(sub_order_list_item_data)

            sub_order_list.append(sub_order_list_item)

        ospb023_request = cls(
            order_id=order_id,
            sub_order_list=sub_order_list,
        )

        return ospb023_request
