from typing import Literal

OSPP001RequestNumberType = Literal["01", "02", "03", "04", "05"]

OSPP001_REQUEST_NUMBER_TYPE_VALUES: set[OSPP001RequestNumberType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospp001_request_number_type(value: str) -> OSPP001RequestNumberType:
    if value in OSPP001_REQUEST_NUMBER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_REQUEST_NUMBER_TYPE_VALUES!r}"
    )
