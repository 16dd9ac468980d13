from typing import Literal

附录十六系统编码 = Literal["0074", "0075", "0081"]

附录十六系统编码_VALUES: set[附录十六系统编码] = {
    "0074",
    "0075",
    "0081",
}


def check_附录十六系统编码(value: str) -> 附录十六系统编码:
    if value in 附录十六系统编码_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录十六系统编码_VALUES!r}")
