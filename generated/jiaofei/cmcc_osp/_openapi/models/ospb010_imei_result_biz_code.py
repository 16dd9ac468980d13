from typing import Literal

OSPB010ImeiResultBizCode = Literal["1", "2", "3", "4", "5"]

OSPB010_IMEI_RESULT_BIZ_CODE_VALUES: set[OSPB010ImeiResultBizCode] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_ospb010_imei_result_biz_code(value: str) -> OSPB010ImeiResultBizCode:
    if value in OSPB010_IMEI_RESULT_BIZ_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB010_IMEI_RESULT_BIZ_CODE_VALUES!r}"
    )
