from typing import Literal

OSPQ019PackageUsageGprsNetType = Literal["1", "2", "3"]

OSPQ019_PACKAGE_USAGE_GPRS_NET_TYPE_VALUES: set[OSPQ019PackageUsageGprsNetType] = {
    "1",
    "2",
    "3",
}


def check_ospq019_package_usage_gprs_net_type(value: str) -> OSPQ019PackageUsageGprsNetType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_NET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_NET_TYPE_VALUES!r}"
    )
