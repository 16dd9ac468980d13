from typing import Literal

OSPQ019PackageUsageGprsRateType = Literal["1"]

OSPQ019_PACKAGE_USAGE_GPRS_RATE_TYPE_VALUES: set[OSPQ019PackageUsageGprsRateType] = {
    "1",
}


def check_ospq019_package_usage_gprs_rate_type(value: str) -> OSPQ019PackageUsageGprsRateType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_RATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_RATE_TYPE_VALUES!r}"
    )
