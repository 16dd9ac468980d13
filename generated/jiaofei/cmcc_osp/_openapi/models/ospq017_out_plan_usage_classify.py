from typing import Literal

OSPQ017OutPlanUsageClassify = Literal["01", "02", "03", "04", "05"]

OSPQ017_OUT_PLAN_USAGE_CLASSIFY_VALUES: set[OSPQ017OutPlanUsageClassify] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq017_out_plan_usage_classify(value: str) -> OSPQ017OutPlanUsageClassify:
    if value in OSPQ017_OUT_PLAN_USAGE_CLASSIFY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_OUT_PLAN_USAGE_CLASSIFY_VALUES!r}"
    )
