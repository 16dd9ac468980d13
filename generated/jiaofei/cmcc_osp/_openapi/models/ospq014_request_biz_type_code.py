from typing import Literal

OSPQ014RequestBizTypeCode = Literal["1"]

OSPQ014_REQUEST_BIZ_TYPE_CODE_VALUES: set[OSPQ014RequestBizTypeCode] = {
    "1",
}


def check_ospq014_request_biz_type_code(value: str) -> OSPQ014RequestBizTypeCode:
    if value in OSPQ014_REQUEST_BIZ_TYPE_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ014_REQUEST_BIZ_TYPE_CODE_VALUES!r}"
    )
