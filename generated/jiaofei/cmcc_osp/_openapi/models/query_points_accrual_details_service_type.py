from typing import Literal

QueryPointsAccrualDetailsServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_POINTS_ACCRUAL_DETAILS_SERVICE_TYPE_VALUES: set[QueryPointsAccrualDetailsServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_points_accrual_details_service_type(
    value: str,
) -> QueryPointsAccrualDetailsServiceType:
    if value in QUERY_POINTS_ACCRUAL_DETAILS_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_POINTS_ACCRUAL_DETAILS_SERVICE_TYPE_VALUES!r}"
    )
