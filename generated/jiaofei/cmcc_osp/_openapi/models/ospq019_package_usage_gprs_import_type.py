from typing import Literal

OSPQ019PackageUsageGprsImportType = Literal["0", "1"]

OSPQ019_PACKAGE_USAGE_GPRS_IMPORT_TYPE_VALUES: set[OSPQ019PackageUsageGprsImportType] = {
    "0",
    "1",
}


def check_ospq019_package_usage_gprs_import_type(value: str) -> OSPQ019PackageUsageGprsImportType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_IMPORT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_IMPORT_TYPE_VALUES!r}"
    )
