from typing import Literal

OSPQ020ReplyBizCode = Literal["1", "2"]

OSPQ020_REPLY_BIZ_CODE_VALUES: set[OSPQ020ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq020_reply_biz_code(value: str) -> OSPQ020ReplyBizCode:
    if value in OSPQ020_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ020_REPLY_BIZ_CODE_VALUES!r}"
    )
