from typing import Literal

OSPC002RequestIsFact = Literal["0", "1"]

OSPC002_REQUEST_IS_FACT_VALUES: set[OSPC002RequestIsFact] = {
    "0",
    "1",
}


def check_ospc002_request_is_fact(value: str) -> OSPC002RequestIsFact:
    if value in OSPC002_REQUEST_IS_FACT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REQUEST_IS_FACT_VALUES!r}"
    )
