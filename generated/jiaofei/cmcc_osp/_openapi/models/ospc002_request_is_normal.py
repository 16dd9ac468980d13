from typing import Literal

OSPC002RequestIsNormal = Literal["0", "1"]

OSPC002_REQUEST_IS_NORMAL_VALUES: set[OSPC002RequestIsNormal] = {
    "0",
    "1",
}


def check_ospc002_request_is_normal(value: str) -> OSPC002RequestIsNormal:
    if value in OSPC002_REQUEST_IS_NORMAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REQUEST_IS_NORMAL_VALUES!r}"
    )
