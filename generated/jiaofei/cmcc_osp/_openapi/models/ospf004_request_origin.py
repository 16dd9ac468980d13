from typing import Literal

OSPF004RequestOrigin = Literal["01", "02", "03"]

OSPF004_REQUEST_ORIGIN_VALUES: set[OSPF004RequestOrigin] = {
    "01",
    "02",
    "03",
}


def check_ospf004_request_origin(value: str) -> OSPF004RequestOrigin:
    if value in OSPF004_REQUEST_ORIGIN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF004_REQUEST_ORIGIN_VALUES!r}"
    )
