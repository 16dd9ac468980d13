from typing import Literal

OSPF003ReplyBizCode = Literal["1", "2"]

OSPF003_REPLY_BIZ_CODE_VALUES: set[OSPF003ReplyBizCode] = {
    "1",
    "2",
}


def check_ospf003_reply_biz_code(value: str) -> OSPF003ReplyBizCode:
    if value in OSPF003_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF003_REPLY_BIZ_CODE_VALUES!r}"
    )
