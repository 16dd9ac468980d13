from typing import Literal

OSPF005RequestProductType = Literal["01", "02", "03", "04", "99"]

OSPF005_REQUEST_PRODUCT_TYPE_VALUES: set[OSPF005RequestProductType] = {
    "01",
    "02",
    "03",
    "04",
    "99",
}


def check_ospf005_request_product_type(value: str) -> OSPF005RequestProductType:
    if value in OSPF005_REQUEST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPF005_REQUEST_PRODUCT_TYPE_VALUES!r}"
    )
