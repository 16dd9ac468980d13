from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb017_invoice_info_invoice_type import (
    OSPB017InvoiceInfoInvoiceType,
    check_ospb017_invoice_info_invoice_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017InvoiceInfo")


@_attrs_define
class OSPB017InvoiceInfo:
    """发票信息 (§3.1.14 invoiceInfo)

    Attributes:
        invoice_type (OSPB017InvoiceInfoInvoiceType): 发票类型: 1- 个人；2-单位
        invoice_title (str): 发票抬头
        invoice_memo (str | Unset): 发票备注
    """

    invoice_type: OSPB017InvoiceInfoInvoiceType
    invoice_title: str
    invoice_memo: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        invoice_type: str = self.invoice_type

        invoice_title = self.invoice_title

        invoice_memo = self.invoice_memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "invoiceType": invoice_type,
                "invoiceTitle": invoice_title,
            }
        )
        if invoice_memo is not UNSET:
            field_dict["invoiceMemo"] = invoice_memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invoice_type = check_ospb017_invoice_info_invoice_type(d.pop("invoiceType"))

        invoice_title = d.pop("invoiceTitle")

        invoice_memo = d.pop("invoiceMemo", UNSET)

        ospb017_invoice_info = cls(
            invoice_type=invoice_type,
            invoice_title=invoice_title,
            invoice_memo=invoice_memo,
        )

        return ospb017_invoice_info
