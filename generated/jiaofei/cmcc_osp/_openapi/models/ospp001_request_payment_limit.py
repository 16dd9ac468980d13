from typing import Literal

OSPP001RequestPaymentLimit = Literal["CreditPay", "DirectPay", "NoCredit"]

OSPP001_REQUEST_PAYMENT_LIMIT_VALUES: set[OSPP001RequestPaymentLimit] = {
    "CreditPay",
    "DirectPay",
    "NoCredit",
}


def check_ospp001_request_payment_limit(value: str) -> OSPP001RequestPaymentLimit:
    if value in OSPP001_REQUEST_PAYMENT_LIMIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_REQUEST_PAYMENT_LIMIT_VALUES!r}"
    )
