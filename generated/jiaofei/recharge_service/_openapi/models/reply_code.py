from typing import Literal

ReplyCode = Literal["0", "1"]

REPLY_CODE_VALUES: set[ReplyCode] = {
    "0",
    "1",
}


def check_reply_code(value: str) -> ReplyCode:
    if value in REPLY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLY_CODE_VALUES!r}")
