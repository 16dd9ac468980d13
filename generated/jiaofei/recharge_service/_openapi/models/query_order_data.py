from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QueryOrderData")


@_attrs_define
class QueryOrderData:
    """返回数据 data (§2, reconstructed from §1)

    Attributes:
        order_no (str): 服务方系统订单流水号(仅供对账用)
        cstm_order_no (str): 调用方流水
        status (str): 订单状态: 0: 订单已受理 (the query's other statuses are not listed)
        order_id (str): orderId (no 中文名 or 说明 in the document)
    """

    order_no: str
    cstm_order_no: str
    status: str
    order_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        cstm_order_no = self.cstm_order_no

        status = self.status

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderNo": order_no,
                "cstmOrderNo": cstm_order_no,
                "status": status,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_no = d.pop("orderNo")

        cstm_order_no = d.pop("cstmOrderNo")

        status = d.pop("status")

        order_id = d.pop("orderId")

        query_order_data = cls(
            order_no=order_no,
            cstm_order_no=cstm_order_no,
            status=status,
            order_id=order_id,
        )

        query_order_data.additional_properties = d
        return query_order_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
