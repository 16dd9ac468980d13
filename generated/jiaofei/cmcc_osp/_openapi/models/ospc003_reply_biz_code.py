from typing import Literal

OSPC003ReplyBizCode = Literal["1", "2"]

OSPC003_REPLY_BIZ_CODE_VALUES: set[OSPC003ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc003_reply_biz_code(value: str) -> OSPC003ReplyBizCode:
    if value in OSPC003_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC003_REPLY_BIZ_CODE_VALUES!r}"
    )
