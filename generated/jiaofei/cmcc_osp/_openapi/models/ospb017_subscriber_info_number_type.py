from typing import Literal

OSPB017SubscriberInfoNumberType = Literal["1", "2"]

OSPB017_SUBSCRIBER_INFO_NUMBER_TYPE_VALUES: set[OSPB017SubscriberInfoNumberType] = {
    "1",
    "2",
}


def check_ospb017_subscriber_info_number_type(value: str) -> OSPB017SubscriberInfoNumberType:
    if value in OSPB017_SUBSCRIBER_INFO_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_SUBSCRIBER_INFO_NUMBER_TYPE_VALUES!r}"
    )
