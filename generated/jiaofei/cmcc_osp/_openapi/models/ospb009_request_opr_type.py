from typing import Literal

OSPB009RequestOprType = Literal["1", "2"]

OSPB009_REQUEST_OPR_TYPE_VALUES: set[OSPB009RequestOprType] = {
    "1",
    "2",
}


def check_ospb009_request_opr_type(value: str) -> OSPB009RequestOprType:
    if value in OSPB009_REQUEST_OPR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB009_REQUEST_OPR_TYPE_VALUES!r}"
    )
