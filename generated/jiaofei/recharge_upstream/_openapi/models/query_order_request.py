from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryOrderRequest")


@_attrs_define
class QueryOrderRequest:
    """
    Attributes:
        order_no (str): 运营商单号
        uid (str | Unset): 运营商 ID: 我方为上游运营商分配的唯一编号
    """

    order_no: str
    uid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        uid = self.uid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_no": order_no,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_no = d.pop("order_no")

        uid = d.pop("uid", UNSET)

        query_order_request = cls(
            order_no=order_no,
            uid=uid,
        )

        return query_order_request
