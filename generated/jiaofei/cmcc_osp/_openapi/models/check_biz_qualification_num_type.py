from typing import Literal

CheckBizQualificationNumType = Literal["1", "2"]

CHECK_BIZ_QUALIFICATION_NUM_TYPE_VALUES: set[CheckBizQualificationNumType] = {
    "1",
    "2",
}


def check_check_biz_qualification_num_type(value: str) -> CheckBizQualificationNumType:
    if value in CHECK_BIZ_QUALIFICATION_NUM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_BIZ_QUALIFICATION_NUM_TYPE_VALUES!r}"
    )
