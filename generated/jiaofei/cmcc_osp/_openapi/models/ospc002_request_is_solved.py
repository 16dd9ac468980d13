from typing import Literal

OSPC002RequestIsSolved = Literal["0", "1"]

OSPC002_REQUEST_IS_SOLVED_VALUES: set[OSPC002RequestIsSolved] = {
    "0",
    "1",
}


def check_ospc002_request_is_solved(value: str) -> OSPC002RequestIsSolved:
    if value in OSPC002_REQUEST_IS_SOLVED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REQUEST_IS_SOLVED_VALUES!r}"
    )
