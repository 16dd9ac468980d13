from typing import Literal

OSPQ007ReplyBizCode = Literal["1", "2"]

OSPQ007_REPLY_BIZ_CODE_VALUES: set[OSPQ007ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq007_reply_biz_code(value: str) -> OSPQ007ReplyBizCode:
    if value in OSPQ007_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ007_REPLY_BIZ_CODE_VALUES!r}"
    )
