from typing import Literal

OSPQ012BroadbandAccountWbStatus = Literal["00", "01", "02", "03", "04", "07", "99"]

OSPQ012_BROADBAND_ACCOUNT_WB_STATUS_VALUES: set[OSPQ012BroadbandAccountWbStatus] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "07",
    "99",
}


def check_ospq012_broadband_account_wb_status(value: str) -> OSPQ012BroadbandAccountWbStatus:
    if value in OSPQ012_BROADBAND_ACCOUNT_WB_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ012_BROADBAND_ACCOUNT_WB_STATUS_VALUES!r}"
    )
