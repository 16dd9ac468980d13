from typing import Literal

附录六投诉类型 = Literal["01", "02", "03", "04"]

附录六投诉类型_VALUES: set[附录六投诉类型] = {
    "01",
    "02",
    "03",
    "04",
}


def check_附录六投诉类型(value: str) -> 附录六投诉类型:
    if value in 附录六投诉类型_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录六投诉类型_VALUES!r}")
