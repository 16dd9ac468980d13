from typing import Literal

QueryOrderedBusinessBusiType = Literal["01", "02", "03", "04"]

QUERY_ORDERED_BUSINESS_BUSI_TYPE_VALUES: set[QueryOrderedBusinessBusiType] = {
    "01",
    "02",
    "03",
    "04",
}


def check_query_ordered_business_busi_type(value: str) -> QueryOrderedBusinessBusiType:
    if value in QUERY_ORDERED_BUSINESS_BUSI_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ORDERED_BUSINESS_BUSI_TYPE_VALUES!r}"
    )
