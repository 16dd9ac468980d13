from typing import Literal

OSPQ011UsageProductStatus = Literal["00", "01", "02", "03", "04", "05"]

OSPQ011_USAGE_PRODUCT_STATUS_VALUES: set[OSPQ011UsageProductStatus] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq011_usage_product_status(value: str) -> OSPQ011UsageProductStatus:
    if value in OSPQ011_USAGE_PRODUCT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ011_USAGE_PRODUCT_STATUS_VALUES!r}"
    )
