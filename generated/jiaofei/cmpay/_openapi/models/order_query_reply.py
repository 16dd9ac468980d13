from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_code import BankCode, check_bank_code
from ..models.order_query_reply_sign_type import (
    OrderQueryReplySignType,
    check_order_query_reply_sign_type,
)
from ..models.order_query_reply_status import OrderQueryReplyStatus, check_order_query_reply_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.amount_items import AmountItems


T = TypeVar("T", bound="OrderQueryReply")


@_attrs_define
class OrderQueryReply:
    """返回参数 (§7.2 列表)

    Attributes:
        merchant_id (str): 商户编号: 和包平台给商户分配的唯一标识
        pay_no (str): 流水号: 手机平台返回的查询交易流水号
        return_code (str): 返回码: 000000 = 请求成功 (§7.2); 其他为 §8.2 常见错误码对照表 (错误码 / 描述)
        sign_type (OrderQueryReplySignType): 签名方式: 只能是 MD5 或者 RSA
        type_ (Literal['OrderQuery']): 接口类型: OrderQuery
        version (Literal['2.0.0']): 版本号: 2.0.0
        amount (int): 支付金额: 实际支付的金额,以分为单位
        amt_item (AmountItems): 金额明细 amtItem read into its five amounts (fen)
        order_id (str): 商户订单号: 商户系统的订单号
        pay_date (datetime.datetime): 支付时间: 用户完成支付的时间 YYYYMMDDHHmmSS
        status (OrderQueryReplyStatus): 支付结果: 支付结果状态 成功:SUCCESS 失败:FAILED
        order_date (datetime.date): 订单提交日期: 商户发起请求的日期: YYYYMMDD
        fee (Decimal): 费用: 单笔订单收取商户的交易手续费,单位为元
        hmac (str): 签名数据: 以上请求参数生成的签名串,获得 hmac 的方法
        message (str | Unset): 返回码描述信息: 返回码信息提示
        bank_abbr (BankCode | Unset): 银行代码: 支付银行 bankAbbr 的取值 (§8.1 银行代码对照表: 银行代码 / 银行名称)
        mobile (str | Unset): 支付手机号: 手机前三位+后四位 ,网关支付时为空。
        reserved1 (str | Unset): 保留字段: 交易返回时原样返回给商家网站,给商户备用
        reserved2 (str | Unset): 保留字段: 交易返回时原样返回给商家网站,给商户备用
        server_cert (str | Unset): 服务器证书公钥: signType=RSA ,此项必输
    """

    merchant_id: str
    pay_no: str
    return_code: str
    sign_type: OrderQueryReplySignType
    type_: Literal["OrderQuery"]
    version: Literal["2.0.0"]
    amount: int
    amt_item: AmountItems
    order_id: str
    pay_date: datetime.datetime
    status: OrderQueryReplyStatus
    order_date: datetime.date
    fee: Decimal
    hmac: str
    message: str | Unset = UNSET
    bank_abbr: BankCode | Unset = UNSET
    mobile: str | Unset = UNSET
    reserved1: str | Unset = UNSET
    reserved2: str | Unset = UNSET
    server_cert: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merchant_id = self.merchant_id

        pay_no = self.pay_no

        return_code = self.return_code

        sign_type: str = self.sign_type

        type_ = self.type_

        version = self.version

        amount = self.amount

        amt_item = self.amt_item.to_dict()

        order_id = self.order_id

        pay_date = self.pay_date.isoformat()

        status: str = self.status

        order_date = self.order_date.isoformat()

        fee = str(self.fee)

        hmac = self.hmac

        message = self.message

        bank_abbr: str | Unset = UNSET
        if not isinstance(self.bank_abbr, Unset):
            bank_abbr = self.bank_abbr

        mobile = self.mobile

        reserved1 = self.reserved1

        reserved2 = self.reserved2

        server_cert = self.server_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "merchantId": merchant_id,
                "payNo": pay_no,
                "returnCode": return_code,
                "signType": sign_type,
                "type": type_,
                "version": version,
                "amount": amount,
                "amtItem": amt_item,
                "orderId": order_id,
                "payDate": pay_date,
                "status": status,
                "orderDate": order_date,
                "fee": fee,
                "hmac": hmac,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if bank_abbr is not UNSET:
            field_dict["bankAbbr"] = bank_abbr
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if reserved1 is not UNSET:
            field_dict["reserved1"] = reserved1
        if reserved2 is not UNSET:
            field_dict["reserved2"] = reserved2
        if server_cert is not UNSET:
            field_dict["serverCert"] = server_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.amount_items import AmountItems  # noqa: PLC0415

        d = dict(src_dict)
        merchant_id = d.pop("merchantId")

        pay_no = d.pop("payNo")

        return_code = d.pop("returnCode")

        sign_type = check_order_query_reply_sign_type(d.pop("signType"))

        type_ = cast(Literal["OrderQuery"], d.pop("type"))
        if type_ != "OrderQuery":
            raise ValueError(f"type must match const 'OrderQuery', got '{type_}'")

        version = cast(Literal["2.0.0"], d.pop("version"))
        if version != "2.0.0":
            raise ValueError(f"version must match const '2.0.0', got '{version}'")

        amount = d.pop("amount")

        amt_item = AmountItems.from_dict(d.pop("amtItem"))

        order_id = d.pop("orderId")

        pay_date = datetime.datetime.fromisoformat(d.pop("payDate"))

        status = check_order_query_reply_status(d.pop("status"))

        order_date = datetime.date.fromisoformat(d.pop("orderDate"))

        fee = Decimal(str(d.pop("fee")))

        hmac = d.pop("hmac")

        message = d.pop("message", UNSET)

        _bank_abbr = d.pop("bankAbbr", UNSET)
        bank_abbr: BankCode | Unset
        if isinstance(_bank_abbr, Unset):
            bank_abbr = UNSET
        else:
            bank_abbr = check_bank_code(_bank_abbr)

        mobile = d.pop("mobile", UNSET)

        reserved1 = d.pop("reserved1", UNSET)

        reserved2 = d.pop("reserved2", UNSET)

        server_cert = d.pop("serverCert", UNSET)

        order_query_reply = cls(
            merchant_id=merchant_id,
            pay_no=pay_no,
            return_code=return_code,
            sign_type=sign_type,
            type_=type_,
            version=version,
            amount=amount,
            amt_item=amt_item,
            order_id=order_id,
            pay_date=pay_date,
            status=status,
            order_date=order_date,
            fee=fee,
            hmac=hmac,
            message=message,
            bank_abbr=bank_abbr,
            mobile=mobile,
            reserved1=reserved1,
            reserved2=reserved2,
            server_cert=server_cert,
        )

        order_query_reply.additional_properties = d
        return order_query_reply

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
