from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.order_notify_status import OrderNotifyStatus, check_order_notify_status

T = TypeVar("T", bound="OrderNotify")


@_attrs_define
class OrderNotify:
    """
    Attributes:
        uid (str): 运营商 ID: 我方为上游运营商分配的唯一编号
        order_no (str): 订单单号: 运营商系统的唯一单号
        mobile_order_no (str): 网厅单号: 移动网厅单号
        phone_number (str): 充值号码
        face_value (int): 面值: 单位分, 如 100 表示为 1 元
        status (OrderNotifyStatus): 状态: 4: 支付成功;9: 退回;10: 失败
        sign (str): 签名: MD5 签名 (lower-case hex)
    """

    uid: str
    order_no: str
    mobile_order_no: str
    phone_number: str
    face_value: int
    status: OrderNotifyStatus
    sign: str

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        order_no = self.order_no

        mobile_order_no = self.mobile_order_no

        phone_number = self.phone_number

        face_value = self.face_value

        status: int = self.status

        sign = self.sign

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "uid": uid,
                "order_no": order_no,
                "mobile_order_no": mobile_order_no,
                "phone_number": phone_number,
                "face_value": face_value,
                "status": status,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid")

        order_no = d.pop("order_no")

        mobile_order_no = d.pop("mobile_order_no")

        phone_number = d.pop("phone_number")

        face_value = d.pop("face_value")

        status = check_order_notify_status(d.pop("status"))

        sign = d.pop("sign")

        order_notify = cls(
            uid=uid,
            order_no=order_no,
            mobile_order_no=mobile_order_no,
            phone_number=phone_number,
            face_value=face_value,
            status=status,
            sign=sign,
        )

        return order_notify
