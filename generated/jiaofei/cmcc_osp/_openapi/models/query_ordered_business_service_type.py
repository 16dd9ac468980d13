from typing import Literal

QueryOrderedBusinessServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_ORDERED_BUSINESS_SERVICE_TYPE_VALUES: set[QueryOrderedBusinessServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_ordered_business_service_type(value: str) -> QueryOrderedBusinessServiceType:
    if value in QUERY_ORDERED_BUSINESS_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ORDERED_BUSINESS_SERVICE_TYPE_VALUES!r}"
    )
