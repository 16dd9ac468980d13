from typing import Literal

OSPP002ReplyBizCode = Literal["1", "2"]

OSPP002_REPLY_BIZ_CODE_VALUES: set[OSPP002ReplyBizCode] = {
    "1",
    "2",
}


def check_ospp002_reply_biz_code(value: str) -> OSPP002ReplyBizCode:
    if value in OSPP002_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP002_REPLY_BIZ_CODE_VALUES!r}"
    )
