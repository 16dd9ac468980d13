from typing import Literal

OSPB014BossProductBossProductType = Literal["01", "02"]

OSPB014_BOSS_PRODUCT_BOSS_PRODUCT_TYPE_VALUES: set[OSPB014BossProductBossProductType] = {
    "01",
    "02",
}


def check_ospb014_boss_product_boss_product_type(value: str) -> OSPB014BossProductBossProductType:
    if value in OSPB014_BOSS_PRODUCT_BOSS_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB014_BOSS_PRODUCT_BOSS_PRODUCT_TYPE_VALUES!r}"
    )
