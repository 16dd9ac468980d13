from typing import Literal

OSPQ021ReplyBizCode = Literal["1", "2"]

OSPQ021_REPLY_BIZ_CODE_VALUES: set[OSPQ021ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq021_reply_biz_code(value: str) -> OSPQ021ReplyBizCode:
    if value in OSPQ021_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ021_REPLY_BIZ_CODE_VALUES!r}"
    )
