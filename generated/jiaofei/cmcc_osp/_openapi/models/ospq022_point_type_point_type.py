from typing import Literal

OSPQ022PointTypePointType = Literal["01", "02"]

OSPQ022_POINT_TYPE_POINT_TYPE_VALUES: set[OSPQ022PointTypePointType] = {
    "01",
    "02",
}


def check_ospq022_point_type_point_type(value: str) -> OSPQ022PointTypePointType:
    if value in OSPQ022_POINT_TYPE_POINT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ022_POINT_TYPE_POINT_TYPE_VALUES!r}"
    )
