from typing import Literal

OSPQ017ReplyBizCode = Literal["1", "2"]

OSPQ017_REPLY_BIZ_CODE_VALUES: set[OSPQ017ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq017_reply_biz_code(value: str) -> OSPQ017ReplyBizCode:
    if value in OSPQ017_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_REPLY_BIZ_CODE_VALUES!r}"
    )
