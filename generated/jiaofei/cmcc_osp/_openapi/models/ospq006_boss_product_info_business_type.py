from typing import Literal

OSPQ006BossProductInfoBusinessType = Literal["01", "02"]

OSPQ006_BOSS_PRODUCT_INFO_BUSINESS_TYPE_VALUES: set[OSPQ006BossProductInfoBusinessType] = {
    "01",
    "02",
}


def check_ospq006_boss_product_info_business_type(value: str) -> OSPQ006BossProductInfoBusinessType:
    if value in OSPQ006_BOSS_PRODUCT_INFO_BUSINESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ006_BOSS_PRODUCT_INFO_BUSINESS_TYPE_VALUES!r}"
    )
