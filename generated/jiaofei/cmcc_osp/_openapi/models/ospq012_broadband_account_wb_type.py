from typing import Literal

OSPQ012BroadbandAccountWbType = Literal["01", "02"]

OSPQ012_BROADBAND_ACCOUNT_WB_TYPE_VALUES: set[OSPQ012BroadbandAccountWbType] = {
    "01",
    "02",
}


def check_ospq012_broadband_account_wb_type(value: str) -> OSPQ012BroadbandAccountWbType:
    if value in OSPQ012_BROADBAND_ACCOUNT_WB_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ012_BROADBAND_ACCOUNT_WB_TYPE_VALUES!r}"
    )
