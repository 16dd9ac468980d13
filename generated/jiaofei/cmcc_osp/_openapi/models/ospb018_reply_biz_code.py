from typing import Literal

OSPB018ReplyBizCode = Literal["1", "2", "3", "4", "5", "6"]

OSPB018_REPLY_BIZ_CODE_VALUES: set[OSPB018ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
}


def check_ospb018_reply_biz_code(value: str) -> OSPB018ReplyBizCode:
    if value in OSPB018_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB018_REPLY_BIZ_CODE_VALUES!r}"
    )
