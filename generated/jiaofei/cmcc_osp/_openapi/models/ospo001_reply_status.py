from typing import Literal

OSPO001ReplyStatus = Literal["00", "01", "02", "03", "04", "05", "06", "90", "99"]

OSPO001_REPLY_STATUS_VALUES: set[OSPO001ReplyStatus] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "90",
    "99",
}


def check_ospo001_reply_status(value: str) -> OSPO001ReplyStatus:
    if value in OSPO001_REPLY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OSPO001_REPLY_STATUS_VALUES!r}")
