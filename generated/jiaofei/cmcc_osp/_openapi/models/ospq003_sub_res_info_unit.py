from typing import Literal

OSPQ003SubResInfoUnit = Literal["01", "02", "03"]

OSPQ003_SUB_RES_INFO_UNIT_VALUES: set[OSPQ003SubResInfoUnit] = {
    "01",
    "02",
    "03",
}


def check_ospq003_sub_res_info_unit(value: str) -> OSPQ003SubResInfoUnit:
    if value in OSPQ003_SUB_RES_INFO_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ003_SUB_RES_INFO_UNIT_VALUES!r}"
    )
