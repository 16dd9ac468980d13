from typing import Literal

OSPQ016BizInfoProductType = Literal["01", "02", "03", "04"]

OSPQ016_BIZ_INFO_PRODUCT_TYPE_VALUES: set[OSPQ016BizInfoProductType] = {
    "01",
    "02",
    "03",
    "04",
}


def check_ospq016_biz_info_product_type(value: str) -> OSPQ016BizInfoProductType:
    if value in OSPQ016_BIZ_INFO_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ016_BIZ_INFO_PRODUCT_TYPE_VALUES!r}"
    )
