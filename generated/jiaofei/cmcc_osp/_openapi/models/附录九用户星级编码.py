from typing import Literal

附录九用户星级编码 = Literal["05", "06", "07", "08", "09", "10", "11", "12", "13"]

附录九用户星级编码_VALUES: set[附录九用户星级编码] = {
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "11",
    "12",
    "13",
}


def check_附录九用户星级编码(value: str) -> 附录九用户星级编码:
    if value in 附录九用户星级编码_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录九用户星级编码_VALUES!r}")
