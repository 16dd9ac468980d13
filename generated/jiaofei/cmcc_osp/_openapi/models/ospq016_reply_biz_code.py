from typing import Literal

OSPQ016ReplyBizCode = Literal["1", "2"]

OSPQ016_REPLY_BIZ_CODE_VALUES: set[OSPQ016ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq016_reply_biz_code(value: str) -> OSPQ016ReplyBizCode:
    if value in OSPQ016_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ016_REPLY_BIZ_CODE_VALUES!r}"
    )
