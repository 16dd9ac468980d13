from typing import Literal

OSPB015ReplyIdentCodeType = Literal["01"]

OSPB015_REPLY_IDENT_CODE_TYPE_VALUES: set[OSPB015ReplyIdentCodeType] = {
    "01",
}


def check_ospb015_reply_ident_code_type(value: str) -> OSPB015ReplyIdentCodeType:
    if value in OSPB015_REPLY_IDENT_CODE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB015_REPLY_IDENT_CODE_TYPE_VALUES!r}"
    )
