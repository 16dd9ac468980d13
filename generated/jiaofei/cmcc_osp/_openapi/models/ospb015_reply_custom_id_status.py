from typing import Literal

OSPB015ReplyCustomIdStatus = Literal["N", "Y"]

OSPB015_REPLY_CUSTOM_ID_STATUS_VALUES: set[OSPB015ReplyCustomIdStatus] = {
    "N",
    "Y",
}


def check_ospb015_reply_custom_id_status(value: str) -> OSPB015ReplyCustomIdStatus:
    if value in OSPB015_REPLY_CUSTOM_ID_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB015_REPLY_CUSTOM_ID_STATUS_VALUES!r}"
    )
