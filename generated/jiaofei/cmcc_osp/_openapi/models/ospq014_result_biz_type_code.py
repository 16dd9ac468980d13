from typing import Literal

OSPQ014ResultBizTypeCode = Literal["1"]

OSPQ014_RESULT_BIZ_TYPE_CODE_VALUES: set[OSPQ014ResultBizTypeCode] = {
    "1",
}


def check_ospq014_result_biz_type_code(value: str) -> OSPQ014ResultBizTypeCode:
    if value in OSPQ014_RESULT_BIZ_TYPE_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ014_RESULT_BIZ_TYPE_CODE_VALUES!r}"
    )
