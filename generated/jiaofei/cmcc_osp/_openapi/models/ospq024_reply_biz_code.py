from typing import Literal

OSPQ024ReplyBizCode = Literal["1", "2"]

OSPQ024_REPLY_BIZ_CODE_VALUES: set[OSPQ024ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq024_reply_biz_code(value: str) -> OSPQ024ReplyBizCode:
    if value in OSPQ024_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ024_REPLY_BIZ_CODE_VALUES!r}"
    )
