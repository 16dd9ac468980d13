from typing import Literal

OSPB015ReplyBizCode = Literal["1", "2"]

OSPB015_REPLY_BIZ_CODE_VALUES: set[OSPB015ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb015_reply_biz_code(value: str) -> OSPB015ReplyBizCode:
    if value in OSPB015_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB015_REPLY_BIZ_CODE_VALUES!r}"
    )
