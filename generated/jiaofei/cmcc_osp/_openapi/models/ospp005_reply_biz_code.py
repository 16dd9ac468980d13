from typing import Literal

OSPP005ReplyBizCode = Literal["1", "2"]

OSPP005_REPLY_BIZ_CODE_VALUES: set[OSPP005ReplyBizCode] = {
    "1",
    "2",
}


def check_ospp005_reply_biz_code(value: str) -> OSPP005ReplyBizCode:
    if value in OSPP005_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP005_REPLY_BIZ_CODE_VALUES!r}"
    )
