from typing import Literal

OSPB017SubscriberInfoNumberbrand = Literal["1", "2", "3", "4"]

OSPB017_SUBSCRIBER_INFO_NUMBERBRAND_VALUES: set[OSPB017SubscriberInfoNumberbrand] = {
    "1",
    "2",
    "3",
    "4",
}


def check_ospb017_subscriber_info_numberbrand(value: str) -> OSPB017SubscriberInfoNumberbrand:
    if value in OSPB017_SUBSCRIBER_INFO_NUMBERBRAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_SUBSCRIBER_INFO_NUMBERBRAND_VALUES!r}"
    )
