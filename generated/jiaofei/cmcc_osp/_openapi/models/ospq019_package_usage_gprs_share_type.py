from typing import Literal

OSPQ019PackageUsageGprsShareType = Literal["0", "1"]

OSPQ019_PACKAGE_USAGE_GPRS_SHARE_TYPE_VALUES: set[OSPQ019PackageUsageGprsShareType] = {
    "0",
    "1",
}


def check_ospq019_package_usage_gprs_share_type(value: str) -> OSPQ019PackageUsageGprsShareType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_SHARE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_SHARE_TYPE_VALUES!r}"
    )
