from typing import Literal

OSPB021RequestNeedRefund = Literal["1", "2"]

OSPB021_REQUEST_NEED_REFUND_VALUES: set[OSPB021RequestNeedRefund] = {
    "1",
    "2",
}


def check_ospb021_request_need_refund(value: str) -> OSPB021RequestNeedRefund:
    if value in OSPB021_REQUEST_NEED_REFUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB021_REQUEST_NEED_REFUND_VALUES!r}"
    )
