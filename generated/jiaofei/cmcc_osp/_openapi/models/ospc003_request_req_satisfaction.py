from typing import Literal

OSPC003RequestReqSatisfaction = Literal["01", "02", "03"]

OSPC003_REQUEST_REQ_SATISFACTION_VALUES: set[OSPC003RequestReqSatisfaction] = {
    "01",
    "02",
    "03",
}


def check_ospc003_request_req_satisfaction(value: str) -> OSPC003RequestReqSatisfaction:
    if value in OSPC003_REQUEST_REQ_SATISFACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC003_REQUEST_REQ_SATISFACTION_VALUES!r}"
    )
