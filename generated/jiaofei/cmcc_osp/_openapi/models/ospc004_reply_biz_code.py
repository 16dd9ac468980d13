from typing import Literal

OSPC004ReplyBizCode = Literal["1", "2"]

OSPC004_REPLY_BIZ_CODE_VALUES: set[OSPC004ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc004_reply_biz_code(value: str) -> OSPC004ReplyBizCode:
    if value in OSPC004_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC004_REPLY_BIZ_CODE_VALUES!r}"
    )
