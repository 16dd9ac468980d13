from typing import Literal

QueryDataUsageServiceType = Literal["01"]

QUERY_DATA_USAGE_SERVICE_TYPE_VALUES: set[QueryDataUsageServiceType] = {
    "01",
}


def check_query_data_usage_service_type(value: str) -> QueryDataUsageServiceType:
    if value in QUERY_DATA_USAGE_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_DATA_USAGE_SERVICE_TYPE_VALUES!r}"
    )
