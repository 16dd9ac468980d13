from typing import Literal

RspCode取值 = Literal["010A00", "014A04", "014A06", "014A07", "015A04", "015A07", "015A09"]

RSP_CODE_取值_VALUES: set[RspCode取值] = {
    "010A00",
    "014A04",
    "014A06",
    "014A07",
    "015A04",
    "015A07",
    "015A09",
}


def check_rsp_code_取值(value: str) -> RspCode取值:
    if value in RSP_CODE_取值_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RSP_CODE_取值_VALUES!r}")
