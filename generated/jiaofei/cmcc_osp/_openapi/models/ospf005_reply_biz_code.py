from typing import Literal

OSPF005ReplyBizCode = Literal["1", "2"]

OSPF005_REPLY_BIZ_CODE_VALUES: set[OSPF005ReplyBizCode] = {
    "1",
    "2",
}


def check_ospf005_reply_biz_code(value: str) -> OSPF005ReplyBizCode:
    if value in OSPF005_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF005_REPLY_BIZ_CODE_VALUES!r}"
    )
