from typing import Literal

OSPQ019PackageUsageGprsSendType = Literal["0", "1"]

OSPQ019_PACKAGE_USAGE_GPRS_SEND_TYPE_VALUES: set[OSPQ019PackageUsageGprsSendType] = {
    "0",
    "1",
}


def check_ospq019_package_usage_gprs_send_type(value: str) -> OSPQ019PackageUsageGprsSendType:
    if value in OSPQ019_PACKAGE_USAGE_GPRS_SEND_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ019_PACKAGE_USAGE_GPRS_SEND_TYPE_VALUES!r}"
    )
