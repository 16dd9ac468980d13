from typing import Literal

OSPB014ReplyBizCode = Literal["1", "2"]

OSPB014_REPLY_BIZ_CODE_VALUES: set[OSPB014ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb014_reply_biz_code(value: str) -> OSPB014ReplyBizCode:
    if value in OSPB014_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB014_REPLY_BIZ_CODE_VALUES!r}"
    )
