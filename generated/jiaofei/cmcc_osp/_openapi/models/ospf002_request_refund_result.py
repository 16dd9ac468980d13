from typing import Literal

OSPF002RequestRefundResult = Literal["00", "01", "02", "99"]

OSPF002_REQUEST_REFUND_RESULT_VALUES: set[OSPF002RequestRefundResult] = {
    "00",
    "01",
    "02",
    "99",
}


def check_ospf002_request_refund_result(value: str) -> OSPF002RequestRefundResult:
    if value in OSPF002_REQUEST_REFUND_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF002_REQUEST_REFUND_RESULT_VALUES!r}"
    )
