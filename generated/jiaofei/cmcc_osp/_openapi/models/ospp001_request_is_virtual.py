from typing import Literal

OSPP001RequestIsVirtual = Literal["REAL", "VIRTUAL"]

OSPP001_REQUEST_IS_VIRTUAL_VALUES: set[OSPP001RequestIsVirtual] = {
    "REAL",
    "VIRTUAL",
}


def check_ospp001_request_is_virtual(value: str) -> OSPP001RequestIsVirtual:
    if value in OSPP001_REQUEST_IS_VIRTUAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_REQUEST_IS_VIRTUAL_VALUES!r}"
    )
