from typing import Literal

OSPB017RequestNeedDistribution = Literal["1", "2"]

OSPB017_REQUEST_NEED_DISTRIBUTION_VALUES: set[OSPB017RequestNeedDistribution] = {
    "1",
    "2",
}


def check_ospb017_request_need_distribution(value: str) -> OSPB017RequestNeedDistribution:
    if value in OSPB017_REQUEST_NEED_DISTRIBUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_REQUEST_NEED_DISTRIBUTION_VALUES!r}"
    )
