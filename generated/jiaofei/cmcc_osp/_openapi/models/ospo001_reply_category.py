from typing import Literal

OSPO001ReplyCategory = Literal["0", "1"]

OSPO001_REPLY_CATEGORY_VALUES: set[OSPO001ReplyCategory] = {
    "0",
    "1",
}


def check_ospo001_reply_category(value: str) -> OSPO001ReplyCategory:
    if value in OSPO001_REPLY_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPO001_REPLY_CATEGORY_VALUES!r}"
    )
