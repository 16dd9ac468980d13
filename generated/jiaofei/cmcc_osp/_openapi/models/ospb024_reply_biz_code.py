from typing import Literal

OSPB024ReplyBizCode = Literal["1", "2"]

OSPB024_REPLY_BIZ_CODE_VALUES: set[OSPB024ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb024_reply_biz_code(value: str) -> OSPB024ReplyBizCode:
    if value in OSPB024_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB024_REPLY_BIZ_CODE_VALUES!r}"
    )
