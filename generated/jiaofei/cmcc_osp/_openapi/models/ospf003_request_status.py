from typing import Literal

OSPF003RequestStatus = Literal[
    "CA", "FA", "IN", "RC", "RE", "RP", "RR", "SC", "SE", "ST", "TD", "TO"
]

OSPF003_REQUEST_STATUS_VALUES: set[OSPF003RequestStatus] = {
    "CA",
    "FA",
    "IN",
    "RC",
    "RE",
    "RP",
    "RR",
    "SC",
    "SE",
    "ST",
    "TD",
    "TO",
}


def check_ospf003_request_status(value: str) -> OSPF003RequestStatus:
    if value in OSPF003_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF003_REQUEST_STATUS_VALUES!r}"
    )
