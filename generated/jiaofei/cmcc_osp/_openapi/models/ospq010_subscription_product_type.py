from typing import Literal

OSPQ010SubscriptionProductType = Literal["00", "01"]

OSPQ010_SUBSCRIPTION_PRODUCT_TYPE_VALUES: set[OSPQ010SubscriptionProductType] = {
    "00",
    "01",
}


def check_ospq010_subscription_product_type(value: str) -> OSPQ010SubscriptionProductType:
    if value in OSPQ010_SUBSCRIPTION_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ010_SUBSCRIPTION_PRODUCT_TYPE_VALUES!r}"
    )
