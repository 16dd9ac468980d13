from typing import Literal

QueryPackageUsageServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_PACKAGE_USAGE_SERVICE_TYPE_VALUES: set[QueryPackageUsageServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_package_usage_service_type(value: str) -> QueryPackageUsageServiceType:
    if value in QUERY_PACKAGE_USAGE_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_PACKAGE_USAGE_SERVICE_TYPE_VALUES!r}"
    )
