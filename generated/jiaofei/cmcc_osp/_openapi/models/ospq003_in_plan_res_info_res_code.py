from typing import Literal

OSPQ003InPlanResInfoResCode = Literal["04"]

OSPQ003_IN_PLAN_RES_INFO_RES_CODE_VALUES: set[OSPQ003InPlanResInfoResCode] = {
    "04",
}


def check_ospq003_in_plan_res_info_res_code(value: str) -> OSPQ003InPlanResInfoResCode:
    if value in OSPQ003_IN_PLAN_RES_INFO_RES_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ003_IN_PLAN_RES_INFO_RES_CODE_VALUES!r}"
    )
