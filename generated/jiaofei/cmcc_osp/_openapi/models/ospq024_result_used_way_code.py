from typing import Literal

OSPQ024ResultUsedWayCode = Literal["", "00", "01", "02"]

OSPQ024_RESULT_USED_WAY_CODE_VALUES: set[OSPQ024ResultUsedWayCode] = {
    "",
    "00",
    "01",
    "02",
}


def check_ospq024_result_used_way_code(value: str) -> OSPQ024ResultUsedWayCode:
    if value in OSPQ024_RESULT_USED_WAY_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ024_RESULT_USED_WAY_CODE_VALUES!r}"
    )
