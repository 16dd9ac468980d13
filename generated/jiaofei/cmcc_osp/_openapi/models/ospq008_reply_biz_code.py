from typing import Literal

OSPQ008ReplyBizCode = Literal["1", "2"]

OSPQ008_REPLY_BIZ_CODE_VALUES: set[OSPQ008ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq008_reply_biz_code(value: str) -> OSPQ008ReplyBizCode:
    if value in OSPQ008_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ008_REPLY_BIZ_CODE_VALUES!r}"
    )
