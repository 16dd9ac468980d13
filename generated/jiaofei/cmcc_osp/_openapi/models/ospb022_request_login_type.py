from typing import Literal

OSPB022RequestLoginType = Literal["0"]

OSPB022_REQUEST_LOGIN_TYPE_VALUES: set[OSPB022RequestLoginType] = {
    "0",
}


def check_ospb022_request_login_type(value: str) -> OSPB022RequestLoginType:
    if value in OSPB022_REQUEST_LOGIN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB022_REQUEST_LOGIN_TYPE_VALUES!r}"
    )
