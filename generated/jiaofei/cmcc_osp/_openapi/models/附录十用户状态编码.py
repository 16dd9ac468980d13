from typing import Literal

附录十用户状态编码 = Literal["00", "01", "02", "03", "04", "05", "06", "99"]

附录十用户状态编码_VALUES: set[附录十用户状态编码] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "99",
}


def check_附录十用户状态编码(value: str) -> 附录十用户状态编码:
    if value in 附录十用户状态编码_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录十用户状态编码_VALUES!r}")
