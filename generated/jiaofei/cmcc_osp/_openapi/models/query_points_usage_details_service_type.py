from typing import Literal

QueryPointsUsageDetailsServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_POINTS_USAGE_DETAILS_SERVICE_TYPE_VALUES: set[QueryPointsUsageDetailsServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_points_usage_details_service_type(value: str) -> QueryPointsUsageDetailsServiceType:
    if value in QUERY_POINTS_USAGE_DETAILS_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_POINTS_USAGE_DETAILS_SERVICE_TYPE_VALUES!r}"
    )
