from typing import Literal

OSPP010RequestRefundType = Literal[1]

OSPP010_REQUEST_REFUND_TYPE_VALUES: set[OSPP010RequestRefundType] = {
    1,
}


def check_ospp010_request_refund_type(value: int) -> OSPP010RequestRefundType:
    if value in OSPP010_REQUEST_REFUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP010_REQUEST_REFUND_TYPE_VALUES!r}"
    )
