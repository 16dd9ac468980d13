from typing import Literal

OSPC002RequestIsRegualted = Literal["0", "1"]

OSPC002_REQUEST_IS_REGUALTED_VALUES: set[OSPC002RequestIsRegualted] = {
    "0",
    "1",
}


def check_ospc002_request_is_regualted(value: str) -> OSPC002RequestIsRegualted:
    if value in OSPC002_REQUEST_IS_REGUALTED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REQUEST_IS_REGUALTED_VALUES!r}"
    )
