from typing import Literal

OSPQ011UsageProductType = Literal["00", "01"]

OSPQ011_USAGE_PRODUCT_TYPE_VALUES: set[OSPQ011UsageProductType] = {
    "00",
    "01",
}


def check_ospq011_usage_product_type(value: str) -> OSPQ011UsageProductType:
    if value in OSPQ011_USAGE_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ011_USAGE_PRODUCT_TYPE_VALUES!r}"
    )
