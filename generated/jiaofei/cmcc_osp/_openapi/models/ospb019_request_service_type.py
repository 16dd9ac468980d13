from typing import Literal

OSPB019RequestServiceType = Literal["01", "02"]

OSPB019_REQUEST_SERVICE_TYPE_VALUES: set[OSPB019RequestServiceType] = {
    "01",
    "02",
}


def check_ospb019_request_service_type(value: str) -> OSPB019RequestServiceType:
    if value in OSPB019_REQUEST_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB019_REQUEST_SERVICE_TYPE_VALUES!r}"
    )
