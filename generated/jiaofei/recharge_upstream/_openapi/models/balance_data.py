from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceData")


@_attrs_define
class BalanceData:
    """签名数据字段说明 (§1.3.2)

    Attributes:
        account_balance (int): 余额: 余额, 单位分
        billing_date (datetime.datetime): 记账日期
        currency (str): 币种
        expenditure (int): 支出金额: 单位分
        gmt_create (datetime.datetime): 交易日期
        income (int): 收入金额: 收入金额单位分
        operator_name (str): 运营商名称
        pay_money (int): 订单金额
        payment_detail_id (int): 交易流水 ID
        record (str): 摘要
        id (int | Unset): 记录 ID (only in the document's example)
    """

    account_balance: int
    billing_date: datetime.datetime
    currency: str
    expenditure: int
    gmt_create: datetime.datetime
    income: int
    operator_name: str
    pay_money: int
    payment_detail_id: int
    record: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_balance = self.account_balance

        billing_date = self.billing_date.isoformat()

        currency = self.currency

        expenditure = self.expenditure

        gmt_create = self.gmt_create.isoformat()

        income = self.income

        operator_name = self.operator_name

        pay_money = self.pay_money

        payment_detail_id = self.payment_detail_id

        record = self.record

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountBalance": account_balance,
                "billingDate": billing_date,
                "currency": currency,
                "expenditure": expenditure,
                "gmtCreate": gmt_create,
                "income": income,
                "operatorName": operator_name,
                "payMoney": pay_money,
                "paymentDetailId": payment_detail_id,
                "record": record,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_balance = d.pop("accountBalance")

        billing_date = datetime.datetime.fromisoformat(d.pop("billingDate"))

        currency = d.pop("currency")

        expenditure = d.pop("expenditure")

        gmt_create = datetime.datetime.fromisoformat(d.pop("gmtCreate"))

        income = d.pop("income")

        operator_name = d.pop("operatorName")

        pay_money = d.pop("payMoney")

        payment_detail_id = d.pop("paymentDetailId")

        record = d.pop("record")

        id = d.pop("id", UNSET)

        balance_data = cls(
            account_balance=account_balance,
            billing_date=billing_date,
            currency=currency,
            expenditure=expenditure,
            gmt_create=gmt_create,
            income=income,
            operator_name=operator_name,
            pay_money=pay_money,
            payment_detail_id=payment_detail_id,
            record=record,
            id=id,
        )

        balance_data.additional_properties = d
        return balance_data

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
