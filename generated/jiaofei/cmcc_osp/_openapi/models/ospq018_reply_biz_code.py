from typing import Literal

OSPQ018ReplyBizCode = Literal["1", "2"]

OSPQ018_REPLY_BIZ_CODE_VALUES: set[OSPQ018ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq018_reply_biz_code(value: str) -> OSPQ018ReplyBizCode:
    if value in OSPQ018_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ018_REPLY_BIZ_CODE_VALUES!r}"
    )
