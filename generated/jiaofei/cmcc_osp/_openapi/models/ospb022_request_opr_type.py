from typing import Literal

OSPB022RequestOprType = Literal["2"]

OSPB022_REQUEST_OPR_TYPE_VALUES: set[OSPB022RequestOprType] = {
    "2",
}


def check_ospb022_request_opr_type(value: str) -> OSPB022RequestOprType:
    if value in OSPB022_REQUEST_OPR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB022_REQUEST_OPR_TYPE_VALUES!r}"
    )
