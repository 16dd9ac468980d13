from typing import Literal

OSPB009ReplyBizCode = Literal["1", "10", "2", "3", "4", "5", "6", "7", "8", "9"]

OSPB009_REPLY_BIZ_CODE_VALUES: set[OSPB009ReplyBizCode] = {
    "1",
    "10",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_ospb009_reply_biz_code(value: str) -> OSPB009ReplyBizCode:
    if value in OSPB009_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB009_REPLY_BIZ_CODE_VALUES!r}"
    )
