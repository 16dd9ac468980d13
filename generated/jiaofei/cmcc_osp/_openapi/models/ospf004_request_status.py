from typing import Literal

OSPF004RequestStatus = Literal["01", "02", "03", "04"]

OSPF004_REQUEST_STATUS_VALUES: set[OSPF004RequestStatus] = {
    "01",
    "02",
    "03",
    "04",
}


def check_ospf004_request_status(value: str) -> OSPF004RequestStatus:
    if value in OSPF004_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF004_REQUEST_STATUS_VALUES!r}"
    )
