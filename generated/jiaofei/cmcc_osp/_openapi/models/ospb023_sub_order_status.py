from typing import Literal

OSPB023SubOrderStatus = Literal["TS"]

OSPB023_SUB_ORDER_STATUS_VALUES: set[OSPB023SubOrderStatus] = {
    "TS",
}


def check_ospb023_sub_order_status(value: str) -> OSPB023SubOrderStatus:
    if value in OSPB023_SUB_ORDER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB023_SUB_ORDER_STATUS_VALUES!r}"
    )
