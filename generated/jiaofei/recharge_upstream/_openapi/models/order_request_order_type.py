from typing import Literal

OrderRequestOrderType = Literal[1, 2, 3, 4]

ORDER_REQUEST_ORDER_TYPE_VALUES: set[OrderRequestOrderType] = {
    1,
    2,
    3,
    4,
}


def check_order_request_order_type(value: int) -> OrderRequestOrderType:
    if value in ORDER_REQUEST_ORDER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_REQUEST_ORDER_TYPE_VALUES!r}"
    )
