from typing import Literal

OSPB017SubscriberInfoNumberOprType = Literal["01", "02", "03", "04", "05", "10", "11"]

OSPB017_SUBSCRIBER_INFO_NUMBER_OPR_TYPE_VALUES: set[OSPB017SubscriberInfoNumberOprType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
    "10",
    "11",
}


def check_ospb017_subscriber_info_number_opr_type(value: str) -> OSPB017SubscriberInfoNumberOprType:
    if value in OSPB017_SUBSCRIBER_INFO_NUMBER_OPR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_SUBSCRIBER_INFO_NUMBER_OPR_TYPE_VALUES!r}"
    )
