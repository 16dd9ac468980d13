from typing import Literal

OSPB021RequestReturnType = Literal["1", "2", "3"]

OSPB021_REQUEST_RETURN_TYPE_VALUES: set[OSPB021RequestReturnType] = {
    "1",
    "2",
    "3",
}


def check_ospb021_request_return_type(value: str) -> OSPB021RequestReturnType:
    if value in OSPB021_REQUEST_RETURN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB021_REQUEST_RETURN_TYPE_VALUES!r}"
    )
