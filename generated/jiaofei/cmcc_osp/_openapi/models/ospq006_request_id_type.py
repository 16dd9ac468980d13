from typing import Literal

OSPQ006RequestIdType = Literal["01"]

OSPQ006_REQUEST_ID_TYPE_VALUES: set[OSPQ006RequestIdType] = {
    "01",
}


def check_ospq006_request_id_type(value: str) -> OSPQ006RequestIdType:
    if value in OSPQ006_REQUEST_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ006_REQUEST_ID_TYPE_VALUES!r}"
    )
