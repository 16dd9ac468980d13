from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb004_request_is_goods_return import (
    OSPB004RequestIsGoodsReturn,
    check_ospb004_request_is_goods_return,
)
from ..models.ospb004_request_refund_type import (
    OSPB004RequestRefundType,
    check_ospb004_request_refund_type,
)
from ..models.附录五退货单状态 import check_附录五退货单状态, 附录五退货单状态
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB004Request")


@_attrs_define
class OSPB004Request:
    """请求参数 (§3.1.4)

    Attributes:
        refund_type (OSPB004RequestRefundType): 退货类型: 1-普通退货；2-售后维权
        refund_id (str): 退货单编码: 长度至少大于1
        order_id (str): 订单编码: 原订单编码
        sub_order_id (str): 子订单编码: 原子订单编码
        subtotal_fee (int): 子订单总金额: 单位：分
        refund_time (str): 发起退货申请时间: yyyyMMddHHmmss（GMT+8北京时间）
        refund_status (附录五退货单状态): 退货单状态: 退货单状态编码；表列 编码 / 名称
        refund_fee (int): 退款金额: 单位：分
        buyer_nickname (str | Unset): 买家名称
        is_goods_return (OSPB004RequestIsGoodsReturn | Unset): 买家是否需要退货: 1-是；2-否
        payment (int | Unset): 支付总金额: 支付给卖家的金额(交易总金额-退还给买家的金额)单位：分
        refund_reason (str | Unset): 退货原因
        refund_desc (str | Unset): 买家退货说明
        product_title (str | Unset): 产品名称
        product_price (int | Unset): 产品价格: 单位：分
        num (int | Unset): 退货数量: 单位：个
        return_time (str | Unset): 退货时间: yyyyMMddHHmmss（GMT+8北京时间）
        seller_remark (str | Unset): 卖家备注
        remark (str | Unset): 备注
        feedback_url (str | Unset): 退货单反馈地址: 接入方希望退货单反馈到指定地址时才有必要填写
    """

    refund_type: OSPB004RequestRefundType
    refund_id: str
    order_id: str
    sub_order_id: str
    subtotal_fee: int
    refund_time: str
    refund_status: 附录五退货单状态
    refund_fee: int
    buyer_nickname: str | Unset = UNSET
    is_goods_return: OSPB004RequestIsGoodsReturn | Unset = UNSET
    payment: int | Unset = UNSET
    refund_reason: str | Unset = UNSET
    refund_desc: str | Unset = UNSET
    product_title: str | Unset = UNSET
    product_price: int | Unset = UNSET
    num: int | Unset = UNSET
    return_time: str | Unset = UNSET
    seller_remark: str | Unset = UNSET
    remark: str | Unset = UNSET
    feedback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        refund_type: str = self.refund_type

        refund_id = self.refund_id

        order_id = self.order_id

        sub_order_id = self.sub_order_id

        subtotal_fee = self.subtotal_fee

        refund_time = self.refund_time

        refund_status: str = self.refund_status

        refund_fee = self.refund_fee

        buyer_nickname = self.buyer_nickname

        is_goods_return: str | Unset = UNSET
        if not isinstance(self.is_goods_return, Unset):
            is_goods_return = self.is_goods_return

        payment = self.payment

        refund_reason = self.refund_reason

        refund_desc = self.refund_desc

        product_title = self.product_title

        product_price = self.product_price

        num = self.num

        return_time = self.return_time

        seller_remark = self.seller_remark

        remark = self.remark

        feedback_url = self.feedback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "refundType": refund_type,
                "refundId": refund_id,
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "subtotalFee": subtotal_fee,
                "refundTime": refund_time,
                "refundStatus": refund_status,
                "refundFee": refund_fee,
            }
        )
        if buyer_nickname is not UNSET:
            field_dict["buyerNickname"] = buyer_nickname
        if is_goods_return is not UNSET:
            field_dict["isGoodsReturn"] = is_goods_return
        if payment is not UNSET:
            field_dict["payment"] = payment
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if refund_desc is not UNSET:
            field_dict["refundDesc"] = refund_desc
        if product_title is not UNSET:
            field_dict["productTitle"] = product_title
        if product_price is not UNSET:
            field_dict["productPrice"] = product_price
        if num is not UNSET:
            field_dict["num"] = num
        if return_time is not UNSET:
            field_dict["returnTime"] = return_time
        if seller_remark is not UNSET:
            field_dict["sellerRemark"] = seller_remark
        if remark is not UNSET:
            field_dict["remark"] = remark
        if feedback_url is not UNSET:
            field_dict["feedbackUrl"] = feedback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refund_type = check_ospb004_request_refund_type(d.pop("refundType"))

        refund_id = d.pop("refundId")

        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        subtotal_fee = d.pop("subtotalFee")

        refund_time = d.pop("refundTime")

        refund_status = check_附录五退货单状态(d.pop("refundStatus"))

        refund_fee = d.pop("refundFee")

        buyer_nickname = d.pop("buyerNickname", UNSET)

        _is_goods_return = d.pop("isGoodsReturn", UNSET)
        is_goods_return: OSPB004RequestIsGoodsReturn | Unset
        if isinstance(_is_goods_return, Unset):
            is_goods_return = UNSET
        else:
            is_goods_return = check_ospb004_request_is_goods_return(_is_goods_return)

        payment = d.pop("payment", UNSET)

        refund_reason = d.pop("refundReason", UNSET)

        refund_desc = d.pop("refundDesc", UNSET)

        product_title = d.pop("productTitle", UNSET)

        product_price = d.pop("productPrice", UNSET)

        num = d.pop("num", UNSET)

        return_time = d.pop("returnTime", UNSET)

        seller_remark = d.pop("sellerRemark", UNSET)

        remark = d.pop("remark", UNSET)

        feedback_url = d.pop("feedbackUrl", UNSET)

        ospb004_request = cls(
            refund_type=refund_type,
            refund_id=refund_id,
            order_id=order_id,
            sub_order_id=sub_order_id,
            subtotal_fee=subtotal_fee,
            refund_time=refund_time,
            refund_status=refund_status,
            refund_fee=refund_fee,
            buyer_nickname=buyer_nickname,
            is_goods_return=is_goods_return,
            payment=payment,
            refund_reason=refund_reason,
            refund_desc=refund_desc,
            product_title=product_title,
            product_price=product_price,
            num=num,
            return_time=return_time,
            seller_remark=seller_remark,
            remark=remark,
            feedback_url=feedback_url,
        )

        return ospb004_request
