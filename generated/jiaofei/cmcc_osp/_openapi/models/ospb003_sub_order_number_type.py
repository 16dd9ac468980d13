from typing import Literal

OSPB003SubOrderNumberType = Literal["1", "2"]

OSPB003_SUB_ORDER_NUMBER_TYPE_VALUES: set[OSPB003SubOrderNumberType] = {
    "1",
    "2",
}


def check_ospb003_sub_order_number_type(value: str) -> OSPB003SubOrderNumberType:
    if value in OSPB003_SUB_ORDER_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB003_SUB_ORDER_NUMBER_TYPE_VALUES!r}"
    )
