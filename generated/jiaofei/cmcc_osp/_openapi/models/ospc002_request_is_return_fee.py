from typing import Literal

OSPC002RequestIsReturnFee = Literal["0", "1"]

OSPC002_REQUEST_IS_RETURN_FEE_VALUES: set[OSPC002RequestIsReturnFee] = {
    "0",
    "1",
}


def check_ospc002_request_is_return_fee(value: str) -> OSPC002RequestIsReturnFee:
    if value in OSPC002_REQUEST_IS_RETURN_FEE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC002_REQUEST_IS_RETURN_FEE_VALUES!r}"
    )
