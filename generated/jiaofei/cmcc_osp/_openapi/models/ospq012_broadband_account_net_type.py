from typing import Literal

OSPQ012BroadbandAccountNetType = Literal["01", "02", "03", "04"]

OSPQ012_BROADBAND_ACCOUNT_NET_TYPE_VALUES: set[OSPQ012BroadbandAccountNetType] = {
    "01",
    "02",
    "03",
    "04",
}


def check_ospq012_broadband_account_net_type(value: str) -> OSPQ012BroadbandAccountNetType:
    if value in OSPQ012_BROADBAND_ACCOUNT_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ012_BROADBAND_ACCOUNT_NET_TYPE_VALUES!r}"
    )
