from typing import Literal

OSPQ009ReplyServiceType = Literal["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"]

OSPQ009_REPLY_SERVICE_TYPE_VALUES: set[OSPQ009ReplyServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "11",
}


def check_ospq009_reply_service_type(value: str) -> OSPQ009ReplyServiceType:
    if value in OSPQ009_REPLY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ009_REPLY_SERVICE_TYPE_VALUES!r}"
    )
