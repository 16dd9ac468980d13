from typing import Literal

OSPB014BossProductOprCode = Literal["01"]

OSPB014_BOSS_PRODUCT_OPR_CODE_VALUES: set[OSPB014BossProductOprCode] = {
    "01",
}


def check_ospb014_boss_product_opr_code(value: str) -> OSPB014BossProductOprCode:
    if value in OSPB014_BOSS_PRODUCT_OPR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB014_BOSS_PRODUCT_OPR_CODE_VALUES!r}"
    )
