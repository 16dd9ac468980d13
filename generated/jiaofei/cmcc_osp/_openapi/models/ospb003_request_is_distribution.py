from typing import Literal

OSPB003RequestIsDistribution = Literal["1", "2"]

OSPB003_REQUEST_IS_DISTRIBUTION_VALUES: set[OSPB003RequestIsDistribution] = {
    "1",
    "2",
}


def check_ospb003_request_is_distribution(value: str) -> OSPB003RequestIsDistribution:
    if value in OSPB003_REQUEST_IS_DISTRIBUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB003_REQUEST_IS_DISTRIBUTION_VALUES!r}"
    )
