from typing import Literal

OSPB006ReplyBizCode = Literal["1", "2", "3", "4", "5"]

OSPB006_REPLY_BIZ_CODE_VALUES: set[OSPB006ReplyBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospb006_reply_biz_code(value: str) -> OSPB006ReplyBizCode:
    if value in OSPB006_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB006_REPLY_BIZ_CODE_VALUES!r}"
    )
