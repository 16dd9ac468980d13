from typing import Literal

OSPB004RequestRefundType = Literal["1", "2"]

OSPB004_REQUEST_REFUND_TYPE_VALUES: set[OSPB004RequestRefundType] = {
    "1",
    "2",
}


def check_ospb004_request_refund_type(value: str) -> OSPB004RequestRefundType:
    if value in OSPB004_REQUEST_REFUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB004_REQUEST_REFUND_TYPE_VALUES!r}"
    )
