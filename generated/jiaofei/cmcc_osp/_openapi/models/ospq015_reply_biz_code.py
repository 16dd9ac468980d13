from typing import Literal

OSPQ015ReplyBizCode = Literal["1", "2"]

OSPQ015_REPLY_BIZ_CODE_VALUES: set[OSPQ015ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq015_reply_biz_code(value: str) -> OSPQ015ReplyBizCode:
    if value in OSPQ015_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ015_REPLY_BIZ_CODE_VALUES!r}"
    )
