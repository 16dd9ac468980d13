from typing import Literal

OSPB024RequestRefundStatus = Literal["RF"]

OSPB024_REQUEST_REFUND_STATUS_VALUES: set[OSPB024RequestRefundStatus] = {
    "RF",
}


def check_ospb024_request_refund_status(value: str) -> OSPB024RequestRefundStatus:
    if value in OSPB024_REQUEST_REFUND_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB024_REQUEST_REFUND_STATUS_VALUES!r}"
    )
