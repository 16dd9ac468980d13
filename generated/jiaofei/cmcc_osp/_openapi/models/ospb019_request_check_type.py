from typing import Literal

OSPB019RequestCheckType = Literal["1", "2", "3"]

OSPB019_REQUEST_CHECK_TYPE_VALUES: set[OSPB019RequestCheckType] = {
    "1",
    "2",
    "3",
}


def check_ospb019_request_check_type(value: str) -> OSPB019RequestCheckType:
    if value in OSPB019_REQUEST_CHECK_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB019_REQUEST_CHECK_TYPE_VALUES!r}"
    )
