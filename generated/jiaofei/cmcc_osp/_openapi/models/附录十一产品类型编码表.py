from typing import Literal

附录十一产品类型编码表 = Literal["01", "02", "03", "04", "05"]

附录十一产品类型编码表_VALUES: set[附录十一产品类型编码表] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_附录十一产品类型编码表(value: str) -> 附录十一产品类型编码表:
    if value in 附录十一产品类型编码表_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {附录十一产品类型编码表_VALUES!r}"
    )
