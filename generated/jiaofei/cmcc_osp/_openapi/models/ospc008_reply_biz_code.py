from typing import Literal

OSPC008ReplyBizCode = Literal["1", "2"]

OSPC008_REPLY_BIZ_CODE_VALUES: set[OSPC008ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc008_reply_biz_code(value: str) -> OSPC008ReplyBizCode:
    if value in OSPC008_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC008_REPLY_BIZ_CODE_VALUES!r}"
    )
