from typing import Literal

OSPB003ReplyBizCode = Literal["1", "2", "3", "4"]

OSPB003_REPLY_BIZ_CODE_VALUES: set[OSPB003ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
}


def check_ospb003_reply_biz_code(value: str) -> OSPB003ReplyBizCode:
    if value in OSPB003_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB003_REPLY_BIZ_CODE_VALUES!r}"
    )
