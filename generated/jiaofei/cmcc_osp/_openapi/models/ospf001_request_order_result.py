from typing import Literal

OSPF001RequestOrderResult = Literal["1", "2", "3"]

OSPF001_REQUEST_ORDER_RESULT_VALUES: set[OSPF001RequestOrderResult] = {
    "1",
    "2",
    "3",
}


def check_ospf001_request_order_result(value: str) -> OSPF001RequestOrderResult:
    if value in OSPF001_REQUEST_ORDER_RESULT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF001_REQUEST_ORDER_RESULT_VALUES!r}"
    )
