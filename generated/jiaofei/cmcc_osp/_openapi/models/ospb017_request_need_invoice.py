from typing import Literal

OSPB017RequestNeedInvoice = Literal["1", "2"]

OSPB017_REQUEST_NEED_INVOICE_VALUES: set[OSPB017RequestNeedInvoice] = {
    "1",
    "2",
}


def check_ospb017_request_need_invoice(value: str) -> OSPB017RequestNeedInvoice:
    if value in OSPB017_REQUEST_NEED_INVOICE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_REQUEST_NEED_INVOICE_VALUES!r}"
    )
