from typing import Literal

OSPC001RequestUrgentId = Literal["01", "02", "03", "04"]

OSPC001_REQUEST_URGENT_ID_VALUES: set[OSPC001RequestUrgentId] = {
    "01",
    "02",
    "03",
    "04",
}


def check_ospc001_request_urgent_id(value: str) -> OSPC001RequestUrgentId:
    if value in OSPC001_REQUEST_URGENT_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC001_REQUEST_URGENT_ID_VALUES!r}"
    )
