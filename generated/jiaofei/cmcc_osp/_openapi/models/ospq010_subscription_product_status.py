from typing import Literal

OSPQ010SubscriptionProductStatus = Literal["00", "01", "02", "03", "04", "05"]

OSPQ010_SUBSCRIPTION_PRODUCT_STATUS_VALUES: set[OSPQ010SubscriptionProductStatus] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq010_subscription_product_status(value: str) -> OSPQ010SubscriptionProductStatus:
    if value in OSPQ010_SUBSCRIPTION_PRODUCT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ010_SUBSCRIPTION_PRODUCT_STATUS_VALUES!r}"
    )
