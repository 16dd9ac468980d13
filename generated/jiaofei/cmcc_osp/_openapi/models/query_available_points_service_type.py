from typing import Literal

QueryAvailablePointsServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_AVAILABLE_POINTS_SERVICE_TYPE_VALUES: set[QueryAvailablePointsServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_available_points_service_type(value: str) -> QueryAvailablePointsServiceType:
    if value in QUERY_AVAILABLE_POINTS_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_AVAILABLE_POINTS_SERVICE_TYPE_VALUES!r}"
    )
