from typing import Literal

OSPQ010SubscriptionUserId = Literal["00", "01"]

OSPQ010_SUBSCRIPTION_USER_ID_VALUES: set[OSPQ010SubscriptionUserId] = {
    "00",
    "01",
}


def check_ospq010_subscription_user_id(value: str) -> OSPQ010SubscriptionUserId:
    if value in OSPQ010_SUBSCRIPTION_USER_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ010_SUBSCRIPTION_USER_ID_VALUES!r}"
    )
