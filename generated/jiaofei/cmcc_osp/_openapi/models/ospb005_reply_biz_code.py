from typing import Literal

OSPB005ReplyBizCode = Literal["1", "2", "4"]

OSPB005_REPLY_BIZ_CODE_VALUES: set[OSPB005ReplyBizCode] = {
    "1",
    "2",
    "4",
}


def check_ospb005_reply_biz_code(value: str) -> OSPB005ReplyBizCode:
    if value in OSPB005_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB005_REPLY_BIZ_CODE_VALUES!r}"
    )
