from typing import Literal

OSPC002ReplyBizCode = Literal["1", "2"]

OSPC002_REPLY_BIZ_CODE_VALUES: set[OSPC002ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc002_reply_biz_code(value: str) -> OSPC002ReplyBizCode:
    if value in OSPC002_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REPLY_BIZ_CODE_VALUES!r}"
    )
