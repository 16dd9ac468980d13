from typing import Literal

附录三证件类型 = Literal["00", "01", "02", "03", "04", "05", "06", "07", "99"]

附录三证件类型_VALUES: set[附录三证件类型] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "99",
}


def check_附录三证件类型(value: str) -> 附录三证件类型:
    if value in 附录三证件类型_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录三证件类型_VALUES!r}")
