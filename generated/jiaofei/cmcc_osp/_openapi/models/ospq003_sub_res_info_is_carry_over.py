from typing import Literal

OSPQ003SubResInfoIsCarryOver = Literal["0", "1"]

OSPQ003_SUB_RES_INFO_IS_CARRY_OVER_VALUES: set[OSPQ003SubResInfoIsCarryOver] = {
    "0",
    "1",
}


def check_ospq003_sub_res_info_is_carry_over(value: str) -> OSPQ003SubResInfoIsCarryOver:
    if value in OSPQ003_SUB_RES_INFO_IS_CARRY_OVER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ003_SUB_RES_INFO_IS_CARRY_OVER_VALUES!r}"
    )
