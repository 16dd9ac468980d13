from typing import Literal

OSPF002RequestRefundType = Literal["1", "2"]

OSPF002_REQUEST_REFUND_TYPE_VALUES: set[OSPF002RequestRefundType] = {
    "1",
    "2",
}


def check_ospf002_request_refund_type(value: str) -> OSPF002RequestRefundType:
    if value in OSPF002_REQUEST_REFUND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF002_REQUEST_REFUND_TYPE_VALUES!r}"
    )
