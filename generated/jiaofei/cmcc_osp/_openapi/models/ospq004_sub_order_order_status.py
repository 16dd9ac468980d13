from typing import Literal

OSPQ004SubOrderOrderStatus = Literal["01", "02", "03", "04", "05", "06", "07", "08", "09", "99"]

OSPQ004_SUB_ORDER_ORDER_STATUS_VALUES: set[OSPQ004SubOrderOrderStatus] = {
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "99",
}


def check_ospq004_sub_order_order_status(value: str) -> OSPQ004SubOrderOrderStatus:
    if value in OSPQ004_SUB_ORDER_ORDER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ004_SUB_ORDER_ORDER_STATUS_VALUES!r}"
    )
