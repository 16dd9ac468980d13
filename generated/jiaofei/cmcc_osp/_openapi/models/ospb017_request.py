from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb017_request_need_distribution import (
    OSPB017RequestNeedDistribution,
    check_ospb017_request_need_distribution,
)
from ..models.ospb017_request_need_invoice import (
    OSPB017RequestNeedInvoice,
    check_ospb017_request_need_invoice,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb017_consignee_info import OSPB017ConsigneeInfo
    from ..models.ospb017_invoice_info import OSPB017InvoiceInfo
    from ..models.ospb017_payment_info import OSPB017PaymentInfo
    from ..models.ospb017_sub_order import OSPB017SubOrder


T = TypeVar("T", bound="OSPB017Request")


@_attrs_define
class OSPB017Request:
    """综合销售订单同步接口 请求参数 — 主订单信息 (§3.1.14)

    Attributes:
        order_id (str): 订单编码: 接入方订单编码
        create_time (str): 订单创建时间: yyyyMMddHHmmss（GMT+8北京时间）
        buyer_nickname (str): 买家名称
        payment_info (OSPB017PaymentInfo): 支付信息 (§3.1.14 paymentInfo)
        need_distribution (OSPB017RequestNeedDistribution): 是否需省公司配送: 1-需要；2-不需要
        need_invoice (OSPB017RequestNeedInvoice): 是否需要开发票: 特指归属移动公司的、单独开发票的业务类型（如流量直充） 不含账单发票：1-需要；2-不需要
        sub_order_list (list[OSPB017SubOrder]): 子订单集合: 包含一个或多个子订单
        buyer_email (str | Unset): 买家邮件地址
        buyer_message (str | Unset): 买家留言
        trade_memo (str | Unset): 订单备注: 当订购商品为合约机时，需填写机型名称。
        seller_memo (str | Unset): 卖家留言
        shop_code (str | Unset): 店铺: 店铺编码
        shop_name (str | Unset): 店铺: 店铺名称
        seller_id (str | Unset): 销售人员: 销售人员ID
        consignee_info (OSPB017ConsigneeInfo | Unset): 收货人联系信息 (§3.1.14 consigneeInfo)
        invoice_info (OSPB017InvoiceInfo | Unset): 发票信息 (§3.1.14 invoiceInfo)
        feedback_url (str | Unset): 订单反馈地址
    """

    order_id: str
    create_time: str
    buyer_nickname: str
    payment_info: OSPB017PaymentInfo
    need_distribution: OSPB017RequestNeedDistribution
    need_invoice: OSPB017RequestNeedInvoice
    sub_order_list: list[OSPB017SubOrder]
    buyer_email: str | Unset = UNSET
    buyer_message: str | Unset = UNSET
    trade_memo: str | Unset = UNSET
    seller_memo: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    consignee_info: OSPB017ConsigneeInfo | Unset = UNSET
    invoice_info: OSPB017InvoiceInfo | Unset = UNSET
    feedback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        buyer_nickname = self.buyer_nickname

        payment_info = self.payment_info.to_dict()

        need_distribution: str = self.need_distribution

        need_invoice: str = self.need_invoice

        sub_order_list = []
        for sub_order_list_item_data in self.sub_order_list:
            sub_order_list_item = sub_order_list_item_data.to_dict()
            sub_order_list.append(sub_order_list_item)

        buyer_email = self.buyer_email

        buyer_message = self.buyer_message

        trade_memo = self.trade_memo

        seller_memo = self.seller_memo

        shop_code = self.shop_code

        shop_name = self.shop_name

        seller_id = self.seller_id

        consignee_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.consignee_info, Unset):
            consignee_info = self.consignee_info.to_dict()

        invoice_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_info, Unset):
            invoice_info = self.invoice_info.to_dict()

        feedback_url = self.feedback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
                "createTime": create_time,
                "buyerNickname": buyer_nickname,
                "paymentInfo": payment_info,
                "needDistribution": need_distribution,
                "needInvoice": need_invoice,
                "subOrderList": sub_order_list,
            }
        )
        if buyer_email is not UNSET:
            field_dict["buyerEmail"] = buyer_email
        if buyer_message is not UNSET:
            field_dict["buyerMessage"] = buyer_message
        if trade_memo is not UNSET:
            field_dict["tradeMemo"] = trade_memo
        if seller_memo is not UNSET:
            field_dict["sellerMemo"] = seller_memo
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if consignee_info is not UNSET:
            field_dict["consigneeInfo"] = consignee_info
        if invoice_info is not UNSET:
            field_dict["invoiceInfo"] = invoice_info
        if feedback_url is not UNSET:
            field_dict["feedbackUrl"] = feedback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb017_consignee_info import OSPB017ConsigneeInfo  # noqa: PLC0415
        from ..models.ospb017_invoice_info import OSPB017InvoiceInfo  # noqa: PLC0415
        from ..models.ospb017_payment_info import OSPB017PaymentInfo  # noqa: PLC0415
        from ..models.ospb017_sub_order import OSPB017SubOrder  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        create_time = d.pop("createTime")

        buyer_nickname = d.pop("buyerNickname")

        payment_info = OSPB017PaymentInfo.from_dict(d.pop("paymentInfo"))

        need_distribution = check_ospb017_request_need_distribution(d.pop("needDistribution"))

        need_invoice = check_ospb017_request_need_invoice(d.pop("needInvoice"))

        sub_order_list = []
        _sub_order_list = d.pop("subOrderList")
        for sub_order_list_item_data in _sub_order_list:
            sub_order_list_item = OSPB017SubOrder.from_dict(sub_order_list_item_data)

            sub_order_list.append(sub_order_list_item)

        buyer_email = d.pop("buyerEmail", UNSET)

        buyer_message = d.pop("buyerMessage", UNSET)

        trade_memo = d.pop("tradeMemo", UNSET)

        seller_memo = d.pop("sellerMemo", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        seller_id = d.pop("sellerId", UNSET)

        _consignee_info = d.pop("consigneeInfo", UNSET)
        consignee_info: OSPB017ConsigneeInfo | Unset
        if isinstance(_consignee_info, Unset):
            consignee_info = UNSET
        else:
            consignee_info = OSPB017ConsigneeInfo.from_dict(_consignee_info)

        _invoice_info = d.pop("invoiceInfo", UNSET)
        invoice_info: OSPB017InvoiceInfo | Unset
        if isinstance(_invoice_info, Unset):
            invoice_info = UNSET
        else:
            invoice_info = OSPB017InvoiceInfo.from_dict(_invoice_info)

        feedback_url = d.pop("feedbackUrl", UNSET)

        ospb017_request = cls(
            order_id=order_id,
            create_time=create_time,
            buyer_nickname=buyer_nickname,
            payment_info=payment_info,
            need_distribution=need_distribution,
            need_invoice=need_invoice,
            sub_order_list=sub_order_list,
            buyer_email=buyer_email,
            buyer_message=buyer_message,
            trade_memo=trade_memo,
            seller_memo=seller_memo,
            shop_code=shop_code,
            shop_name=shop_name,
            seller_id=seller_id,
            consignee_info=consignee_info,
            invoice_info=invoice_info,
            feedback_url=feedback_url,
        )

        return ospb017_request
