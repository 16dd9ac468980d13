from typing import Literal

OSPQ017ResourceLeftUnit = Literal["01", "02", "03", "04", "05"]

OSPQ017_RESOURCE_LEFT_UNIT_VALUES: set[OSPQ017ResourceLeftUnit] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq017_resource_left_unit(value: str) -> OSPQ017ResourceLeftUnit:
    if value in OSPQ017_RESOURCE_LEFT_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_RESOURCE_LEFT_UNIT_VALUES!r}"
    )
