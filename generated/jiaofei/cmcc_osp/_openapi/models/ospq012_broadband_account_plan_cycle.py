from typing import Literal

OSPQ012BroadbandAccountPlanCycle = Literal["01", "02", "03", "04", "05", "06"]

OSPQ012_BROADBAND_ACCOUNT_PLAN_CYCLE_VALUES: set[OSPQ012BroadbandAccountPlanCycle] = {
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
}


def check_ospq012_broadband_account_plan_cycle(value: str) -> OSPQ012BroadbandAccountPlanCycle:
    if value in OSPQ012_BROADBAND_ACCOUNT_PLAN_CYCLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ012_BROADBAND_ACCOUNT_PLAN_CYCLE_VALUES!r}"
    )
