from typing import Literal

附录五退货单状态 = Literal["00"]

附录五退货单状态_VALUES: set[附录五退货单状态] = {
    "00",
}


def check_附录五退货单状态(value: str) -> 附录五退货单状态:
    if value in 附录五退货单状态_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录五退货单状态_VALUES!r}")
