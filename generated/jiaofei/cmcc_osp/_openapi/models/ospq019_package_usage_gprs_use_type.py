from typing import Literal

OSPQ019PackageUsageGprsUseType = Literal["1", "2", "3", "4"]

OSPQ019_PACKAGE_USAGE_GPRS_USE_TYPE_VALUES: set[OSPQ019PackageUsageGprsUseType] = {
    "1",
    "2",
    "3",
    "4",
}


def check_ospq019_package_usage_gprs_use_type(value: str) -> OSPQ019PackageUsageGprsUseType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_USE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_USE_TYPE_VALUES!r}"
    )
