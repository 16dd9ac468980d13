from typing import Literal

OSPB023ReplyBizCode = Literal["1", "2"]

OSPB023_REPLY_BIZ_CODE_VALUES: set[OSPB023ReplyBizCode] = {
    "1",
    "2",
}


def check_ospb023_reply_biz_code(value: str) -> OSPB023ReplyBizCode:
    if value in OSPB023_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB023_REPLY_BIZ_CODE_VALUES!r}"
    )
