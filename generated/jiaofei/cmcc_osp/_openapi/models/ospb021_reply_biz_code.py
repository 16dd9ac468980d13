from typing import Literal

OSPB021ReplyBizCode = Literal["1", "2", "3", "4", "5"]

OSPB021_REPLY_BIZ_CODE_VALUES: set[OSPB021ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospb021_reply_biz_code(value: str) -> OSPB021ReplyBizCode:
    if value in OSPB021_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB021_REPLY_BIZ_CODE_VALUES!r}"
    )
