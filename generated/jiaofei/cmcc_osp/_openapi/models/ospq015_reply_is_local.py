from typing import Literal

OSPQ015ReplyIsLocal = Literal["0", "1"]

OSPQ015_REPLY_IS_LOCAL_VALUES: set[OSPQ015ReplyIsLocal] = {
    "0",
    "1",
}


def check_ospq015_reply_is_local(value: str) -> OSPQ015ReplyIsLocal:
    if value in OSPQ015_REPLY_IS_LOCAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ015_REPLY_IS_LOCAL_VALUES!r}"
    )
