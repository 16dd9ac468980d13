from typing import Literal

OSPB015RequestUserType = Literal["01"]

OSPB015_REQUEST_USER_TYPE_VALUES: set[OSPB015RequestUserType] = {
    "01",
}


def check_ospb015_request_user_type(value: str) -> OSPB015RequestUserType:
    if value in OSPB015_REQUEST_USER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB015_REQUEST_USER_TYPE_VALUES!r}"
    )
