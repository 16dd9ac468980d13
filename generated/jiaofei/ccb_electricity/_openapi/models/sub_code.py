from typing import Literal

SubCode = Literal[
    "0000",
    "0001",
    "0002",
    "0003",
    "0004",
    "0008",
    "0009",
    "1001",
    "1002",
    "1003",
    "1006",
    "1009",
    "1010",
]

SUB_CODE_VALUES: set[SubCode] = {
    "0000",
    "0001",
    "0002",
    "0003",
    "0004",
    "0008",
    "0009",
    "1001",
    "1002",
    "1003",
    "1006",
    "1009",
    "1010",
}


def check_sub_code(value: str) -> SubCode:
    if value in SUB_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUB_CODE_VALUES!r}")
