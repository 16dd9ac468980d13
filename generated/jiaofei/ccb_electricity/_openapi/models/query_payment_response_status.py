from typing import Literal

QueryPaymentResponseStatus = Literal["PAYERROR", "SUCCESS", "UNKNOW", "USERPAYING"]

QUERY_PAYMENT_RESPONSE_STATUS_VALUES: set[QueryPaymentResponseStatus] = {
    "PAYERROR",
    "SUCCESS",
    "UNKNOW",
    "USERPAYING",
}


def check_query_payment_response_status(value: str) -> QueryPaymentResponseStatus:
    if value in QUERY_PAYMENT_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_PAYMENT_RESPONSE_STATUS_VALUES!r}"
    )
