from typing import Literal

OSPQ014ResultBizCode = Literal["1", "2"]

OSPQ014_RESULT_BIZ_CODE_VALUES: set[OSPQ014ResultBizCode] = {
    "1",
    "2",
}


def check_ospq014_result_biz_code(value: str) -> OSPQ014ResultBizCode:
    if value in OSPQ014_RESULT_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ014_RESULT_BIZ_CODE_VALUES!r}"
    )
