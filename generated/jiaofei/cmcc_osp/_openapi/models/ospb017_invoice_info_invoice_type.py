from typing import Literal

OSPB017InvoiceInfoInvoiceType = Literal["1", "2"]

OSPB017_INVOICE_INFO_INVOICE_TYPE_VALUES: set[OSPB017InvoiceInfoInvoiceType] = {
    "1",
    "2",
}


def check_ospb017_invoice_info_invoice_type(value: str) -> OSPB017InvoiceInfoInvoiceType:
    if value in OSPB017_INVOICE_INFO_INVOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_INVOICE_INFO_INVOICE_TYPE_VALUES!r}"
    )
