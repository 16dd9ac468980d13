from typing import Literal

OSPB008ReplyBizCode = Literal["1", "2", "3", "4", "5"]

OSPB008_REPLY_BIZ_CODE_VALUES: set[OSPB008ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospb008_reply_biz_code(value: str) -> OSPB008ReplyBizCode:
    if value in OSPB008_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB008_REPLY_BIZ_CODE_VALUES!r}"
    )
