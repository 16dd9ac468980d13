from typing import Literal

附录一号码状态校验结果码 = Literal[
    "0000", "2000", "2004", "2005", "2007", "2009", "2013", "2020", "2043", "2999"
]

附录一号码状态校验结果码_VALUES: set[附录一号码状态校验结果码] = {
    "0000",
    "2000",
    "2004",
    "2005",
    "2007",
    "2009",
    "2013",
    "2020",
    "2043",
    "2999",
}


def check_附录一号码状态校验结果码(value: str) -> 附录一号码状态校验结果码:
    if value in 附录一号码状态校验结果码_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {附录一号码状态校验结果码_VALUES!r}"
    )
