from typing import Literal

OSPB022ReplyBizCode = Literal["1", "2"]

OSPB022_REPLY_BIZ_CODE_VALUES: set[OSPB022ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb022_reply_biz_code(value: str) -> OSPB022ReplyBizCode:
    if value in OSPB022_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB022_REPLY_BIZ_CODE_VALUES!r}"
    )
