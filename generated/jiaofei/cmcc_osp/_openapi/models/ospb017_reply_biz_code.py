from typing import Literal

OSPB017ReplyBizCode = Literal["1", "2", "3", "4"]

OSPB017_REPLY_BIZ_CODE_VALUES: set[OSPB017ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
}


def check_ospb017_reply_biz_code(value: str) -> OSPB017ReplyBizCode:
    if value in OSPB017_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_REPLY_BIZ_CODE_VALUES!r}"
    )
