from typing import Literal

OSPQ016ProductInfoBizType = Literal["01", "02"]

OSPQ016_PRODUCT_INFO_BIZ_TYPE_VALUES: set[OSPQ016ProductInfoBizType] = {
    "01",
    "02",
}


def check_ospq016_product_info_biz_type(value: str) -> OSPQ016ProductInfoBizType:
    if value in OSPQ016_PRODUCT_INFO_BIZ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ016_PRODUCT_INFO_BIZ_TYPE_VALUES!r}"
    )
