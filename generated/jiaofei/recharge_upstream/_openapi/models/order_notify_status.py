from typing import Literal

OrderNotifyStatus = Literal[4, 9, 10]

ORDER_NOTIFY_STATUS_VALUES: set[OrderNotifyStatus] = {
    4,
    9,
    10,
}


def check_order_notify_status(value: int) -> OrderNotifyStatus:
    if value in ORDER_NOTIFY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_NOTIFY_STATUS_VALUES!r}")
