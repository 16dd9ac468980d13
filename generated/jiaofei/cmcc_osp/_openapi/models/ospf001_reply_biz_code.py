from typing import Literal

OSPF001ReplyBizCode = Literal["1", "2"]

OSPF001_REPLY_BIZ_CODE_VALUES: set[OSPF001ReplyBizCode] = {
    "1",
    "2",
}


def check_ospf001_reply_biz_code(value: str) -> OSPF001ReplyBizCode:
    if value in OSPF001_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF001_REPLY_BIZ_CODE_VALUES!r}"
    )
