from typing import Literal

OrderRequestMobileType = Literal[1, 2, 3]

ORDER_REQUEST_MOBILE_TYPE_VALUES: set[OrderRequestMobileType] = {
    1,
    2,
    3,
}


def check_order_request_mobile_type(value: int) -> OrderRequestMobileType:
    if value in ORDER_REQUEST_MOBILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_REQUEST_MOBILE_TYPE_VALUES!r}"
    )
