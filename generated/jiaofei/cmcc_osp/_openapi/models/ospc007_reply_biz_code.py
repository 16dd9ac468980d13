from typing import Literal

OSPC007ReplyBizCode = Literal["1", "2"]

OSPC007_REPLY_BIZ_CODE_VALUES: set[OSPC007ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc007_reply_biz_code(value: str) -> OSPC007ReplyBizCode:
    if value in OSPC007_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC007_REPLY_BIZ_CODE_VALUES!r}"
    )
