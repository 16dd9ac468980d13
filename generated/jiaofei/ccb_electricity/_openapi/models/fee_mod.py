from typing import Literal

FeeMod = Literal["0", "1"]

FEE_MOD_VALUES: set[FeeMod] = {
    "0",
    "1",
}


def check_fee_mod(value: str) -> FeeMod:
    if value in FEE_MOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FEE_MOD_VALUES!r}")
