from typing import Literal

OSPC003RequestIsQualified = Literal["01", "02"]

OSPC003_REQUEST_IS_QUALIFIED_VALUES: set[OSPC003RequestIsQualified] = {
    "01",
    "02",
}


def check_ospc003_request_is_qualified(value: str) -> OSPC003RequestIsQualified:
    if value in OSPC003_REQUEST_IS_QUALIFIED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC003_REQUEST_IS_QUALIFIED_VALUES!r}"
    )
