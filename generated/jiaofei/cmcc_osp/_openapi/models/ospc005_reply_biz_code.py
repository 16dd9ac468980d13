from typing import Literal

OSPC005ReplyBizCode = Literal["1", "2"]

OSPC005_REPLY_BIZ_CODE_VALUES: set[OSPC005ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc005_reply_biz_code(value: str) -> OSPC005ReplyBizCode:
    if value in OSPC005_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC005_REPLY_BIZ_CODE_VALUES!r}"
    )
