from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb009_request_opr_type import OSPB009RequestOprType, check_ospb009_request_opr_type

T = TypeVar("T", bound="OSPB009Request")


@_attrs_define
class OSPB009Request:
    """请求参数 (§3.1.9)

    Attributes:
        sub_order_id (str): 原子订单编码
        order_id (str): 原订单编码
        opr_type (OSPB009RequestOprType): 操作类型: 1-绑定IMEI; 2-更换IMEI
        imei (str): IMEI
    """

    sub_order_id: str
    order_id: str
    opr_type: OSPB009RequestOprType
    imei: str

    def to_dict(self) -> dict[str, Any]:
        sub_order_id = self.sub_order_id

        order_id = self.order_id

        opr_type: str = self.opr_type

        imei = self.imei

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subOrderId": sub_order_id,
                "orderId": order_id,
                "oprType": opr_type,
                "imei": imei,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_order_id = d.pop("subOrderId")

        order_id = d.pop("orderId")

        opr_type = check_ospb009_request_opr_type(d.pop("oprType"))

        imei = d.pop("imei")

        ospb009_request = cls(
            sub_order_id=sub_order_id,
            order_id=order_id,
            opr_type=opr_type,
            imei=imei,
        )

        return ospb009_request
