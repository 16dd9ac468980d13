from typing import Literal

OSPF002ReplyBizCode = Literal["1", "2"]

OSPF002_REPLY_BIZ_CODE_VALUES: set[OSPF002ReplyBizCode] = {
    "1",
    "2",
}


def check_ospf002_reply_biz_code(value: str) -> OSPF002ReplyBizCode:
    if value in OSPF002_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF002_REPLY_BIZ_CODE_VALUES!r}"
    )
