from typing import Literal

OSPQ023ResultReleasePointType = Literal["01", "02"]

OSPQ023_RESULT_RELEASE_POINT_TYPE_VALUES: set[OSPQ023ResultReleasePointType] = {
    "01",
    "02",
}


def check_ospq023_result_release_point_type(value: str) -> OSPQ023ResultReleasePointType:
    if value in OSPQ023_RESULT_RELEASE_POINT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ023_RESULT_RELEASE_POINT_TYPE_VALUES!r}"
    )
