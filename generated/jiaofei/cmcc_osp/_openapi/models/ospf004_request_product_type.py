from typing import Literal

OSPF004RequestProductType = Literal["01", "02", "03", "04", "99"]

OSPF004_REQUEST_PRODUCT_TYPE_VALUES: set[OSPF004RequestProductType] = {
    "01",
    "02",
    "03",
    "04",
    "99",
}


def check_ospf004_request_product_type(value: str) -> OSPF004RequestProductType:
    if value in OSPF004_REQUEST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF004_REQUEST_PRODUCT_TYPE_VALUES!r}"
    )
