from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb003_request_is_distribution import (
    OSPB003RequestIsDistribution,
    check_ospb003_request_is_distribution,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb003_sub_order import OSPB003SubOrder


T = TypeVar("T", bound="OSPB003Request")


@_attrs_define
class OSPB003Request:
    """主订单信息 (§3.1.3)

    Attributes:
        order_id (str): 订单编码: 接入方订单编码
        create_time (str): 订单创建时间: yyyyMMddHHmmss（GMT+8北京时间）
        pay_time (str): 支付时间: yyyyMMddHHmmss（GMT+8北京时间）
        is_distribution (OSPB003RequestIsDistribution): 是否需省公司配送: 1-需要；2-不需要
        buyer_nickname (str): 买家名称
        payment (int): 实际支付金额: 单位：分
        sub_order_list (list[OSPB003SubOrder]): 子订单信息: 目前业务场景每个订单只包含一个子订单
        buyer_email (str | Unset): 买家邮件地址
        total_fee (int | Unset): 商品金额
        receiver_zipcode (str | Unset): 收货人的邮编
        receiver_name (str | Unset): 收货人的姓名
        receiver_state (str | Unset): 收货人的所在省份
        receiver_city (str | Unset): 收货人的所在市: 市名称
        receiver_district (str | Unset): 收货人的所在地区: 地区名称
        receiver_address (str | Unset): 收货人的详细地址
        receiver_mobile (str | Unset): 收货人的手机号码
        receiver_phone (str | Unset): 收货人的电话号码
        buyer_message (str | Unset): 买家留言
        trade_memo (str | Unset): 订单备注: 当订购商品为合约机时，需填写机型名称。
        seller_memo (str | Unset): 卖家留言
        invoice_title (str | Unset): 发票抬头
        shop_code (str | Unset): 店铺: 店铺编码
        shop_name (str | Unset): 店铺: 店铺名称
        seller_id (str | Unset): 销售人员: 销售人员ID
        feedback_url (str | Unset): 订单反馈地址: 接入方希望订单反馈到指定地址时才有必要填写
    """

    order_id: str
    create_time: str
    pay_time: str
    is_distribution: OSPB003RequestIsDistribution
    buyer_nickname: str
    payment: int
    sub_order_list: list[OSPB003SubOrder]
    buyer_email: str | Unset = UNSET
    total_fee: int | Unset = UNSET
    receiver_zipcode: str | Unset = UNSET
    receiver_name: str | Unset = UNSET
    receiver_state: str | Unset = UNSET
    receiver_city: str | Unset = UNSET
    receiver_district: str | Unset = UNSET
    receiver_address: str | Unset = UNSET
    receiver_mobile: str | Unset = UNSET
    receiver_phone: str | Unset = UNSET
    buyer_message: str | Unset = UNSET
    trade_memo: str | Unset = UNSET
    seller_memo: str | Unset = UNSET
    invoice_title: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    feedback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        pay_time = self.pay_time

        is_distribution: str = self.is_distribution

        buyer_nickname = self.buyer_nickname

        payment = self.payment

        sub_order_list = []
        for sub_order_list_item_data in self.sub_order_list:
            sub_order_list_item = sub_order_list_item_data.to_dict()
            sub_order_list.append(sub_order_list_item)

        buyer_email = self.buyer_email

        total_fee = self.total_fee

        receiver_zipcode = self.receiver_zipcode

        receiver_name = self.receiver_name

        receiver_state = self.receiver_state

        receiver_city = self.receiver_city

        receiver_district = self.receiver_district

        receiver_address = self.receiver_address

        receiver_mobile = self.receiver_mobile

        receiver_phone = self.receiver_phone

        buyer_message = self.buyer_message

        trade_memo = self.trade_memo

        seller_memo = self.seller_memo

        invoice_title = self.invoice_title

        shop_code = self.shop_code

        shop_name = self.shop_name

        seller_id = self.seller_id

        feedback_url = self.feedback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "createTime": create_time,
                "payTime": pay_time,
                "isDistribution": is_distribution,
                "buyerNickname": buyer_nickname,
                "payment": payment,
                "subOrderList": sub_order_list,
            }
        )
        if buyer_email is not UNSET:
            field_dict["buyerEmail"] = buyer_email
        if total_fee is not UNSET:
            field_dict["totalFee"] = total_fee
        if receiver_zipcode is not UNSET:
            field_dict["receiverZipcode"] = receiver_zipcode
        if receiver_name is not UNSET:
            field_dict["receiverName"] = receiver_name
        if receiver_state is not UNSET:
            field_dict["receiverState"] = receiver_state
        if receiver_city is not UNSET:
            field_dict["receiverCity"] = receiver_city
        if receiver_district is not UNSET:
            field_dict["receiverDistrict"] = receiver_district
        if receiver_address is not UNSET:
            field_dict["receiverAddress"] = receiver_address
        if receiver_mobile is not UNSET:
            field_dict["receiverMobile"] = receiver_mobile
        if receiver_phone is not UNSET:
            field_dict["receiverPhone"] = receiver_phone
        if buyer_message is not UNSET:
            field_dict["buyerMessage"] = buyer_message
        if trade_memo is not UNSET:
            field_dict["tradeMemo"] = trade_memo
        if seller_memo is not UNSET:
            field_dict["sellerMemo"] = seller_memo
        if invoice_title is not UNSET:
            field_dict["invoiceTitle"] = invoice_title
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if feedback_url is not UNSET:
            field_dict["feedbackUrl"] = feedback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb003_sub_order import OSPB003SubOrder  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        create_time = d.pop("createTime")

        pay_time = d.pop("payTime")

        is_distribution = check_ospb003_request_is_distribution(d.pop("isDistribution"))

        buyer_nickname = d.pop("buyerNickname")

        payment = d.pop("payment")

        sub_order_list = []
        _sub_order_list = d.pop("subOrderList")
        for sub_order_list_item_data in _sub_order_list:
            sub_order_list_item = OSPB003SubOrder.from_dict(sub_order_list_item_data)

            sub_order_list.append(sub_order_list_item)

        buyer_email = d.pop("buyerEmail", UNSET)

        total_fee = d.pop("totalFee", UNSET)

        receiver_zipcode = d.pop("receiverZipcode", UNSET)

        receiver_name = d.pop("receiverName", UNSET)

        receiver_state = d.pop("receiverState", UNSET)

        receiver_city = d.pop("receiverCity", UNSET)

        receiver_district = d.pop("receiverDistrict", UNSET)

        receiver_address = d.pop("receiverAddress", UNSET)

        receiver_mobile = d.pop("receiverMobile", UNSET)

        receiver_phone = d.pop("receiverPhone", UNSET)

        buyer_message = d.pop("buyerMessage", UNSET)

        trade_memo = d.pop("tradeMemo", UNSET)

        seller_memo = d.pop("sellerMemo", UNSET)

        invoice_title = d.pop("invoiceTitle", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        seller_id = d.pop("sellerId", UNSET)

        feedback_url = d.pop("feedbackUrl", UNSET)

        ospb003_request = cls(
            order_id=order_id,
            create_time=create_time,
            pay_time=pay_time,
            is_distribution=is_distribution,
            buyer_nickname=buyer_nickname,
            payment=payment,
            sub_order_list=sub_order_list,
            buyer_email=buyer_email,
            total_fee=total_fee,
            receiver_zipcode=receiver_zipcode,
            receiver_name=receiver_name,
            receiver_state=receiver_state,
            receiver_city=receiver_city,
            receiver_district=receiver_district,
            receiver_address=receiver_address,
            receiver_mobile=receiver_mobile,
            receiver_phone=receiver_phone,
            buyer_message=buyer_message,
            trade_memo=trade_memo,
            seller_memo=seller_memo,
            invoice_title=invoice_title,
            shop_code=shop_code,
            shop_name=shop_name,
            seller_id=seller_id,
            feedback_url=feedback_url,
        )

        return ospb003_request
