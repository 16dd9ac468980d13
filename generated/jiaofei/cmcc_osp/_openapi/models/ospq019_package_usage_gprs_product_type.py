from typing import Literal

OSPQ019PackageUsageGprsProductType = Literal["1", "2"]

OSPQ019_PACKAGE_USAGE_GPRS_PRODUCT_TYPE_VALUES: set[OSPQ019PackageUsageGprsProductType] = {
    "1",
    "2",
}


def check_ospq019_package_usage_gprs_product_type(value: str) -> OSPQ019PackageUsageGprsProductType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_PRODUCT_TYPE_VALUES!r}"
    )
