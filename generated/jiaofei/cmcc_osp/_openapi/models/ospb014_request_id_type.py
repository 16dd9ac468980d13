from typing import Literal

OSPB014RequestIdType = Literal["01"]

OSPB014_REQUEST_ID_TYPE_VALUES: set[OSPB014RequestIdType] = {
    "01",
}


def check_ospb014_request_id_type(value: str) -> OSPB014RequestIdType:
    if value in OSPB014_REQUEST_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB014_REQUEST_ID_TYPE_VALUES!r}"
    )
