from typing import Literal

OSPB021RequestServiceNoType = Literal["1", "2"]

OSPB021_REQUEST_SERVICE_NO_TYPE_VALUES: set[OSPB021RequestServiceNoType] = {
    "1",
    "2",
}


def check_ospb021_request_service_no_type(value: str) -> OSPB021RequestServiceNoType:
    if value in OSPB021_REQUEST_SERVICE_NO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB021_REQUEST_SERVICE_NO_TYPE_VALUES!r}"
    )
