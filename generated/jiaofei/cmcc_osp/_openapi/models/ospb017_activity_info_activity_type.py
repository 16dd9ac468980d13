from typing import Literal

OSPB017ActivityInfoActivityType = Literal["00", "01"]

OSPB017_ACTIVITY_INFO_ACTIVITY_TYPE_VALUES: set[OSPB017ActivityInfoActivityType] = {
    "00",
    "01",
}


def check_ospb017_activity_info_activity_type(value: str) -> OSPB017ActivityInfoActivityType:
    if value in OSPB017_ACTIVITY_INFO_ACTIVITY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_ACTIVITY_INFO_ACTIVITY_TYPE_VALUES!r}"
    )
