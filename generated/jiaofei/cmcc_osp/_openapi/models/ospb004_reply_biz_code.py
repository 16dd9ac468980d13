from typing import Literal

OSPB004ReplyBizCode = Literal["1", "2", "3", "4", "5"]

OSPB004_REPLY_BIZ_CODE_VALUES: set[OSPB004ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospb004_reply_biz_code(value: str) -> OSPB004ReplyBizCode:
    if value in OSPB004_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB004_REPLY_BIZ_CODE_VALUES!r}"
    )
