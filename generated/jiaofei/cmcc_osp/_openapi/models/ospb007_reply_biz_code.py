from typing import Literal

OSPB007ReplyBizCode = Literal["1", "2", "3", "4"]

OSPB007_REPLY_BIZ_CODE_VALUES: set[OSPB007ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
}


def check_ospb007_reply_biz_code(value: str) -> OSPB007ReplyBizCode:
    if value in OSPB007_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB007_REPLY_BIZ_CODE_VALUES!r}"
    )
