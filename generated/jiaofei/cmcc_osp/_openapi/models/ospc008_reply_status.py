from typing import Literal

OSPC008ReplyStatus = Literal["1", "2", "3", "4", "5"]

OSPC008_REPLY_STATUS_VALUES: set[OSPC008ReplyStatus] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospc008_reply_status(value: str) -> OSPC008ReplyStatus:
    if value in OSPC008_REPLY_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OSPC008_REPLY_STATUS_VALUES!r}")
