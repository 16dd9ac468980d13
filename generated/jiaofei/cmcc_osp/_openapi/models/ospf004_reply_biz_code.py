from typing import Literal

OSPF004ReplyBizCode = Literal["1", "2"]

OSPF004_REPLY_BIZ_CODE_VALUES: set[OSPF004ReplyBizCode] = {
    "1",
    "2",
}


def check_ospf004_reply_biz_code(value: str) -> OSPF004ReplyBizCode:
    if value in OSPF004_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF004_REPLY_BIZ_CODE_VALUES!r}"
    )
