from typing import Literal

OSPB016ReplyBizCode = Literal["1", "2"]

OSPB016_REPLY_BIZ_CODE_VALUES: set[OSPB016ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb016_reply_biz_code(value: str) -> OSPB016ReplyBizCode:
    if value in OSPB016_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB016_REPLY_BIZ_CODE_VALUES!r}"
    )
