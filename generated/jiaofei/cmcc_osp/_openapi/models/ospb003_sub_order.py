from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb003_sub_order_number_type import (
    OSPB003SubOrderNumberType,
    check_ospb003_sub_order_number_type,
)
from ..models.附录三证件类型 import check_附录三证件类型, 附录三证件类型
from ..models.附录四订单状态 import check_附录四订单状态, 附录四订单状态
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB003SubOrder")


@_attrs_define
class OSPB003SubOrder:
    """子订单信息 (§3.1.3)

    Attributes:
        sub_order_id (str): 子订单编码: 接入方子订单编码，无子订单可填订单编码
        goods_id (str): 商品编码: CM-OSP平台统一商品编码
        goods_title (str): 商品标题
        amount (int): 购买数量: 单位：个
        price (int): 商品价格: 单位：分
        goods_province (str): 商品所在省份: 省名称
        goods_city (str): 商品所在地城市: 市名称
        subtotal_fee (int): 子订单总金额: 单位：分
        adjust_fee (int): 手工调整金额: 单位：分
        number (str): 业务号码: 手机号或宽带号
        order_status (附录四订单状态): 订单状态: 订单状态编码；表列 编码 / 名称
        adjust_reason (str | Unset): 调整原因
        number_type (OSPB003SubOrderNumberType | Unset): 业务号码类型: 1-手机号；2-宽带号码
        user_name (str | Unset): 用户姓名: 姓名
        certificate_type (附录三证件类型 | Unset): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str | Unset): 证件号码
    """

    sub_order_id: str
    goods_id: str
    goods_title: str
    amount: int
    price: int
    goods_province: str
    goods_city: str
    subtotal_fee: int
    adjust_fee: int
    number: str
    order_status: 附录四订单状态
    adjust_reason: str | Unset = UNSET
    number_type: OSPB003SubOrderNumberType | Unset = UNSET
    user_name: str | Unset = UNSET
    certificate_type: 附录三证件类型 | Unset = UNSET
    certificate_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sub_order_id = self.sub_order_id

        goods_id = self.goods_id

        goods_title = self.goods_title

        amount = self.amount

        price = self.price

        goods_province = self.goods_province

        goods_city = self.goods_city

        subtotal_fee = self.subtotal_fee

        adjust_fee = self.adjust_fee

        number = self.number

        order_status: str = self.order_status

        adjust_reason = self.adjust_reason

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type

        user_name = self.user_name

        certificate_type: str | Unset = UNSET
        if not isinstance(self.certificate_type, Unset):
            certificate_type = self.certificate_type

        certificate_no = self.certificate_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subOrderId": sub_order_id,
                "goodsId": goods_id,
                "goodsTitle": goods_title,
                "amount": amount,
                "price": price,
                "goodsProvince": goods_province,
                "goodsCity": goods_city,
                "subtotalFee": subtotal_fee,
                "adjustFee": adjust_fee,
                "number": number,
                "orderStatus": order_status,
            }
        )
        if adjust_reason is not UNSET:
            field_dict["adjustReason"] = adjust_reason
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if certificate_no is not UNSET:
            field_dict["certificateNo"] = certificate_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_order_id = d.pop("subOrderId")

        goods_id = d.pop("goodsId")

        goods_title = d.pop("goodsTitle")

        amount = d.pop("amount")

        price = d.pop("price")

        goods_province = d.pop("goodsProvince")

        goods_city = d.pop("goodsCity")

        subtotal_fee = d.pop("subtotalFee")

        adjust_fee = d.pop("adjustFee")

        number = d.pop("number")

        order_status = check_附录四订单状态(d.pop("orderStatus"))

        adjust_reason = d.pop("adjustReason", UNSET)

        _number_type = d.pop("numberType", UNSET)
        number_type: OSPB003SubOrderNumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = check_ospb003_sub_order_number_type(_number_type)

        user_name = d.pop("userName", UNSET)

        _certificate_type = d.pop("certificateType", UNSET)
        certificate_type: 附录三证件类型 | Unset
        if isinstance(_certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = check_附录三证件类型(_certificate_type)

        certificate_no = d.pop("certificateNo", UNSET)

        ospb003_sub_order = cls(
            sub_order_id=sub_order_id,
            goods_id=goods_id,
            goods_title=goods_title,
            amount=amount,
            price=price,
            goods_province=goods_province,
            goods_city=goods_city,
            subtotal_fee=subtotal_fee,
            adjust_fee=adjust_fee,
            number=number,
            order_status=order_status,
            adjust_reason=adjust_reason,
            number_type=number_type,
            user_name=user_name,
            certificate_type=certificate_type,
            certificate_no=certificate_no,
        )

        return ospb003_sub_order
