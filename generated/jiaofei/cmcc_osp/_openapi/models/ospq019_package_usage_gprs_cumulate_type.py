from typing import Literal

OSPQ019PackageUsageGprsCumulateType = Literal["0", "1"]

OSPQ019_PACKAGE_USAGE_GPRS_CUMULATE_TYPE_VALUES: set[OSPQ019PackageUsageGprsCumulateType] = {
    "0",
    "1",
}


def check_ospq019_package_usage_gprs_cumulate_type(
    value: str,
) -> OSPQ019PackageUsageGprsCumulateType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_CUMULATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_CUMULATE_TYPE_VALUES!r}"
    )
