from typing import Literal

OSPB017PaymentInfoChargeType = Literal["0", "1", "2", "3", "4", "5", "6"]

OSPB017_PAYMENT_INFO_CHARGE_TYPE_VALUES: set[OSPB017PaymentInfoChargeType] = {
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_ospb017_payment_info_charge_type(value: str) -> OSPB017PaymentInfoChargeType:
    if value in OSPB017_PAYMENT_INFO_CHARGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_PAYMENT_INFO_CHARGE_TYPE_VALUES!r}"
    )
