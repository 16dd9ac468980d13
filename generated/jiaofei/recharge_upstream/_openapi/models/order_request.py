from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_request_mobile_type import (
    OrderRequestMobileType,
    check_order_request_mobile_type,
)
from ..models.order_request_order_type import OrderRequestOrderType, check_order_request_order_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """
    Attributes:
        order_no (str): 订单单号: 运营商平台的唯一单号
        order_type (OrderRequestOrderType): 订单类型: 1 话费 2 流量 3 卡密 4 直充
        mobile_type (OrderRequestMobileType): 运营商类型: 1:中国移动;2:中国联通;3:中国电信
        phone_number (str): 充值号码
        face_value (int): 面值: 单位分, 如 100 表示为 1 元
        notify_url (str): 回调地址: 运营商接收我方回调地址
        uid (str | Unset): 运营商 ID: 我方为上游运营商分配的唯一编号
    """

    order_no: str
    order_type: OrderRequestOrderType
    mobile_type: OrderRequestMobileType
    phone_number: str
    face_value: int
    notify_url: str
    uid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_no = self.order_no

        order_type: int = self.order_type

        mobile_type: int = self.mobile_type

        phone_number = self.phone_number

        face_value = self.face_value

        notify_url = self.notify_url

        uid = self.uid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "order_no": order_no,
                "order_type": order_type,
                "mobile_type": mobile_type,
                "phone_number": phone_number,
                "face_value": face_value,
                "notify_url": notify_url,
            }
        )
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_no = d.pop("order_no")

        order_type = check_order_request_order_type(d.pop("order_type"))

        mobile_type = check_order_request_mobile_type(d.pop("mobile_type"))

        phone_number = d.pop("phone_number")

        face_value = d.pop("face_value")

        notify_url = d.pop("notify_url")

        uid = d.pop("uid", UNSET)

        order_request = cls(
            order_no=order_no,
            order_type=order_type,
            mobile_type=mobile_type,
            phone_number=phone_number,
            face_value=face_value,
            notify_url=notify_url,
            uid=uid,
        )

        return order_request
