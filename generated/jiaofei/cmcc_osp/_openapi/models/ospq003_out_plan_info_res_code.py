from typing import Literal

OSPQ003OutPlanInfoResCode = Literal["04"]

OSPQ003_OUT_PLAN_INFO_RES_CODE_VALUES: set[OSPQ003OutPlanInfoResCode] = {
    "04",
}


def check_ospq003_out_plan_info_res_code(value: str) -> OSPQ003OutPlanInfoResCode:
    if value in OSPQ003_OUT_PLAN_INFO_RES_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ003_OUT_PLAN_INFO_RES_CODE_VALUES!r}"
    )
