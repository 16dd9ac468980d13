from typing import Literal

OSPB015ReplyIdentCodeLevel = Literal["01"]

OSPB015_REPLY_IDENT_CODE_LEVEL_VALUES: set[OSPB015ReplyIdentCodeLevel] = {
    "01",
}


def check_ospb015_reply_ident_code_level(value: str) -> OSPB015ReplyIdentCodeLevel:
    if value in OSPB015_REPLY_IDENT_CODE_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB015_REPLY_IDENT_CODE_LEVEL_VALUES!r}"
    )
