from typing import Literal

OSPC006ReplyBizCode = Literal["1", "2"]

OSPC006_REPLY_BIZ_CODE_VALUES: set[OSPC006ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc006_reply_biz_code(value: str) -> OSPC006ReplyBizCode:
    if value in OSPC006_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC006_REPLY_BIZ_CODE_VALUES!r}"
    )
