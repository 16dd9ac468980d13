from typing import Literal

OSPQ023ReplyBizCode = Literal["1", "2"]

OSPQ023_REPLY_BIZ_CODE_VALUES: set[OSPQ023ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq023_reply_biz_code(value: str) -> OSPQ023ReplyBizCode:
    if value in OSPQ023_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ023_REPLY_BIZ_CODE_VALUES!r}"
    )
