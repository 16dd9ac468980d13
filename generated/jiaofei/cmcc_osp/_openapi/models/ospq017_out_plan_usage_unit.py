from typing import Literal

OSPQ017OutPlanUsageUnit = Literal["01", "02", "03", "04", "05"]

OSPQ017_OUT_PLAN_USAGE_UNIT_VALUES: set[OSPQ017OutPlanUsageUnit] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq017_out_plan_usage_unit(value: str) -> OSPQ017OutPlanUsageUnit:
    if value in OSPQ017_OUT_PLAN_USAGE_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_OUT_PLAN_USAGE_UNIT_VALUES!r}"
    )
