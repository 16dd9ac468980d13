from typing import Literal

OSPQ017OutPlanMealInfoUpCode = Literal["04", "05"]

OSPQ017_OUT_PLAN_MEAL_INFO_UP_CODE_VALUES: set[OSPQ017OutPlanMealInfoUpCode] = {
    "04",
    "05",
}


def check_ospq017_out_plan_meal_info_up_code(value: str) -> OSPQ017OutPlanMealInfoUpCode:
    if value in OSPQ017_OUT_PLAN_MEAL_INFO_UP_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_OUT_PLAN_MEAL_INFO_UP_CODE_VALUES!r}"
    )
