from typing import Literal

OSPP012ReplyBizCode = Literal["1", "2"]

OSPP012_REPLY_BIZ_CODE_VALUES: set[OSPP012ReplyBizCode] = {
    "1",
    "2",
}


def check_ospp012_reply_biz_code(value: str) -> OSPP012ReplyBizCode:
    if value in OSPP012_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP012_REPLY_BIZ_CODE_VALUES!r}"
    )
