from typing import Literal

CheckNumberStatusNumType = Literal["1", "2"]

CHECK_NUMBER_STATUS_NUM_TYPE_VALUES: set[CheckNumberStatusNumType] = {
    "1",
    "2",
}


def check_check_number_status_num_type(value: str) -> CheckNumberStatusNumType:
    if value in CHECK_NUMBER_STATUS_NUM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_NUMBER_STATUS_NUM_TYPE_VALUES!r}"
    )
