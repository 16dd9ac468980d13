from typing import Literal

OSPQ012BroadbandAccountRenewType = Literal["01", "02", "03", "04", "05", "06"]

OSPQ012_BROADBAND_ACCOUNT_RENEW_TYPE_VALUES: set[OSPQ012BroadbandAccountRenewType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
}


def check_ospq012_broadband_account_renew_type(value: str) -> OSPQ012BroadbandAccountRenewType:
    if value in OSPQ012_BROADBAND_ACCOUNT_RENEW_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ012_BROADBAND_ACCOUNT_RENEW_TYPE_VALUES!r}"
    )
