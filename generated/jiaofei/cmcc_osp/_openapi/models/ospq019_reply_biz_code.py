from typing import Literal

OSPQ019ReplyBizCode = Literal["1", "2"]

OSPQ019_REPLY_BIZ_CODE_VALUES: set[OSPQ019ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq019_reply_biz_code(value: str) -> OSPQ019ReplyBizCode:
    if value in OSPQ019_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_REPLY_BIZ_CODE_VALUES!r}"
    )
