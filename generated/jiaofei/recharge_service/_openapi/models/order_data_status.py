from typing import Literal

OrderDataStatus = Literal["0"]

ORDER_DATA_STATUS_VALUES: set[OrderDataStatus] = {
    "0",
}


def check_order_data_status(value: str) -> OrderDataStatus:
    if value in ORDER_DATA_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_DATA_STATUS_VALUES!r}")
