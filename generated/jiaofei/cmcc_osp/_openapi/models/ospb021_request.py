from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb021_request_need_refund import (
    OSPB021RequestNeedRefund,
    check_ospb021_request_need_refund,
)
from ..models.ospb021_request_return_type import (
    OSPB021RequestReturnType,
    check_ospb021_request_return_type,
)
from ..models.ospb021_request_service_no_type import (
    OSPB021RequestServiceNoType,
    check_ospb021_request_service_no_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb021_return_goods import OSPB021ReturnGoods


T = TypeVar("T", bound="OSPB021Request")


@_attrs_define
class OSPB021Request:
    """综合退订同步接口 请求参数 (§3.1.18)

    Attributes:
        return_type (OSPB021RequestReturnType): 退订类型: 1：普通退订； 2：售后维权退订； 3：退定号卡
        ext_return_id (str): 渠道退单编码: 渠道同步的退单编码
        order_id (str): 原订单编码: 渠道原订单编码
        sub_order_id (str): 原子订单编码: 渠道原子订单编码
        buyer_return_time (str): 买家发起退订申请时间: 格式：YYYYMMDDHHMMSS
        ext_channel_return_time (str): 合作渠道发起退订时间: 格式：YYYYMMDDHHMMSS
        service_no (str): 业务号码: 手机号或宽带号
        service_no_type (OSPB021RequestServiceNoType): 业务号码类型: 1：手机号； 2：宽带号码
        return_goods_info (list[OSPB021ReturnGoods]): 退订商品信息
        total_fee (int): 原订单总金额: 单位:分
        contact_phone (str): 退订联系人号码
        shop_code (str | Unset): 发起退订的店铺编码: 需填写对接渠道下唯一分销渠道编码
        shop_name (str | Unset): 发起退订的店铺名称: 需填写对接渠道下唯一分销渠道名称
        buyer_nickname (str | Unset): 买家名称
        payment (int | Unset): 原订单实际支付金额: 单位：分
        need_refund (OSPB021RequestNeedRefund | Unset): 是否需要退款: 1：是 2：否 指退货成功后，是否需要第三方支付机构或统一支付退款
        refund_amount (int | Unset): 申请退款金额: 单位：分
        refund_reason (str | Unset): 退订原因: 拍错了、订单信息错误
        buyer_comments (str | Unset): 买家说明
        seller_remark (str | Unset): 卖家备注: 请注明电商侧退订状态和审核处理情况
        feedback_url (str | Unset): 退单反馈地址
    """

    return_type: OSPB021RequestReturnType
    ext_return_id: str
    order_id: str
    sub_order_id: str
    buyer_return_time: str
    ext_channel_return_time: str
    service_no: str
    service_no_type: OSPB021RequestServiceNoType
    return_goods_info: list[OSPB021ReturnGoods]
    total_fee: int
    contact_phone: str
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    buyer_nickname: str | Unset = UNSET
    payment: int | Unset = UNSET
    need_refund: OSPB021RequestNeedRefund | Unset = UNSET
    refund_amount: int | Unset = UNSET
    refund_reason: str | Unset = UNSET
    buyer_comments: str | Unset = UNSET
    seller_remark: str | Unset = UNSET
    feedback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        return_type: str = self.return_type

        ext_return_id = self.ext_return_id

        order_id = self.order_id

        sub_order_id = self.sub_order_id

        buyer_return_time = self.buyer_return_time

        ext_channel_return_time = self.ext_channel_return_time

        service_no = self.service_no

        service_no_type: str = self.service_no_type

        return_goods_info = []
        for return_goods_info_item_data in self.return_goods_info:
            return_goods_info_item = return_goods_info_item_data.to_dict()
            return_goods_info.append(return_goods_info_item)

        total_fee = self.total_fee

        contact_phone = self.contact_phone

        shop_code = self.shop_code

        shop_name = self.shop_name

        buyer_nickname = self.buyer_nickname

        payment = self.payment

        need_refund: str | Unset = UNSET
        if not isinstance(self.need_refund, Unset):
            need_refund = self.need_refund

        refund_amount = self.refund_amount

        refund_reason = self.refund_reason

        buyer_comments = self.buyer_comments

        seller_remark = self.seller_remark

        feedback_url = self.feedback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "returnType": return_type,
                "extReturnId": ext_return_id,
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "buyerReturnTime": buyer_return_time,
                "extChannelReturnTime": ext_channel_return_time,
                "serviceNo": service_no,
                "serviceNoType": service_no_type,
                "returnGoodsInfo": return_goods_info,
                "totalFee": total_fee,
                "contactPhone": contact_phone,
            }
        )
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if buyer_nickname is not UNSET:
            field_dict["buyerNickname"] = buyer_nickname
        if payment is not UNSET:
            field_dict["payment"] = payment
        if need_refund is not UNSET:
            field_dict["needRefund"] = need_refund
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refund_reason is not UNSET:
            field_dict["refundReason"] = refund_reason
        if buyer_comments is not UNSET:
            field_dict["buyerComments"] = buyer_comments
        if seller_remark is not UNSET:
            field_dict["sellerRemark"] = seller_remark
        if feedback_url is not UNSET:
            field_dict["feedbackUrl"] = feedback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb021_return_goods import OSPB021ReturnGoods  # noqa: PLC0415

        d = dict(src_dict)
        return_type = check_ospb021_request_return_type(d.pop("returnType"))

        ext_return_id = d.pop("extReturnId")

        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        buyer_return_time = d.pop("buyerReturnTime")

        ext_channel_return_time = d.pop("extChannelReturnTime")

        service_no = d.pop("serviceNo")

        service_no_type = check_ospb021_request_service_no_type(d.pop("serviceNoType"))

        return_goods_info = []
        _return_goods_info = d.pop("returnGoodsInfo")
        for return_goods_info_item_data in _return_goods_info:
            return_goods_info_item = OSPB021ReturnGoods.from_dict(return_goods_info_item_data)

            return_goods_info.append(return_goods_info_item)

        total_fee = d.pop("totalFee")

        contact_phone = d.pop("contactPhone")

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        buyer_nickname = d.pop("buyerNickname", UNSET)

        payment = d.pop("payment", UNSET)

        _need_refund = d.pop("needRefund", UNSET)
        need_refund: OSPB021RequestNeedRefund | Unset
        if isinstance(_need_refund, Unset):
            need_refund = UNSET
        else:
            need_refund = check_ospb021_request_need_refund(_need_refund)

        refund_amount = d.pop("refundAmount", UNSET)

        refund_reason = d.pop("refundReason", UNSET)

        buyer_comments = d.pop("buyerComments", UNSET)

        seller_remark = d.pop("sellerRemark", UNSET)

        feedback_url = d.pop("feedbackUrl", UNSET)

        ospb021_request = cls(
            return_type=return_type,
            ext_return_id=ext_return_id,
            order_id=order_id,
            sub_order_id=sub_order_id,
            buyer_return_time=buyer_return_time,
            ext_channel_return_time=ext_channel_return_time,
            service_no=service_no,
            service_no_type=service_no_type,
            return_goods_info=return_goods_info,
            total_fee=total_fee,
            contact_phone=contact_phone,
            shop_code=shop_code,
            shop_name=shop_name,
            buyer_nickname=buyer_nickname,
            payment=payment,
            need_refund=need_refund,
            refund_amount=refund_amount,
            refund_reason=refund_reason,
            buyer_comments=buyer_comments,
            seller_remark=seller_remark,
            feedback_url=feedback_url,
        )

        return ospb021_request
