from typing import Literal

附录四订单状态 = Literal["00"]

附录四订单状态_VALUES: set[附录四订单状态] = {
    "00",
}


def check_附录四订单状态(value: str) -> 附录四订单状态:
    if value in 附录四订单状态_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {附录四订单状态_VALUES!r}")
