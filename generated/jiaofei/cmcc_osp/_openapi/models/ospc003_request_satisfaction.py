from typing import Literal

OSPC003RequestSatisfaction = Literal["01", "02", "03", "04"]

OSPC003_REQUEST_SATISFACTION_VALUES: set[OSPC003RequestSatisfaction] = {
    "01",
    "02",
    "03",
    "04",
}


def check_ospc003_request_satisfaction(value: str) -> OSPC003RequestSatisfaction:
    if value in OSPC003_REQUEST_SATISFACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC003_REQUEST_SATISFACTION_VALUES!r}"
    )
