from typing import Literal

OSPP013ReplyBizCode = Literal["1", "2"]

OSPP013_REPLY_BIZ_CODE_VALUES: set[OSPP013ReplyBizCode] = {
    "1",
    "2",
}


def check_ospp013_reply_biz_code(value: str) -> OSPP013ReplyBizCode:
    if value in OSPP013_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP013_REPLY_BIZ_CODE_VALUES!r}"
    )
