from typing import Literal

OSPQ022ReplyBizCode = Literal["1", "2"]

OSPQ022_REPLY_BIZ_CODE_VALUES: set[OSPQ022ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq022_reply_biz_code(value: str) -> OSPQ022ReplyBizCode:
    if value in OSPQ022_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ022_REPLY_BIZ_CODE_VALUES!r}"
    )
