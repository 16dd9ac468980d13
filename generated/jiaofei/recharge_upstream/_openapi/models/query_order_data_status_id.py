from typing import Literal

QueryOrderDataStatusId = Literal[0, 1, 2, 4, 5, 6, 9]

QUERY_ORDER_DATA_STATUS_ID_VALUES: set[QueryOrderDataStatusId] = {
    0,
    1,
    2,
    4,
    5,
    6,
    9,
}


def check_query_order_data_status_id(value: int) -> QueryOrderDataStatusId:
    if value in QUERY_ORDER_DATA_STATUS_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ORDER_DATA_STATUS_ID_VALUES!r}"
    )
