from typing import Literal

OSPQ006ReplyBizCode = Literal["1", "2"]

OSPQ006_REPLY_BIZ_CODE_VALUES: set[OSPQ006ReplyBizCode] = {
    "1",
    "2",
}


def check_ospq006_reply_biz_code(value: str) -> OSPQ006ReplyBizCode:
    if value in OSPQ006_REPLY_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ006_REPLY_BIZ_CODE_VALUES!r}"
    )
