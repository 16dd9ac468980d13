from typing import Literal

OSPC001ReplyBizCode = Literal["1", "2"]

OSPC001_REPLY_BIZ_CODE_VALUES: set[OSPC001ReplyBizCode] = {
    "1",
    "2",
}


def check_ospc001_reply_biz_code(value: str) -> OSPC001ReplyBizCode:
    if value in OSPC001_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC001_REPLY_BIZ_CODE_VALUES!r}"
    )
