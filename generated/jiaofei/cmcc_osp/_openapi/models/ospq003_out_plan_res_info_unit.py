from typing import Literal

OSPQ003OutPlanResInfoUnit = Literal["01", "02", "03"]

OSPQ003_OUT_PLAN_RES_INFO_UNIT_VALUES: set[OSPQ003OutPlanResInfoUnit] = {
    "01",
    "02",
    "03",
}


def check_ospq003_out_plan_res_info_unit(value: str) -> OSPQ003OutPlanResInfoUnit:
    if value in OSPQ003_OUT_PLAN_RES_INFO_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ003_OUT_PLAN_RES_INFO_UNIT_VALUES!r}"
    )
