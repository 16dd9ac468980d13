from typing import Literal

OSPQ017ResourceIsMultiTerm = Literal["0", "1"]

OSPQ017_RESOURCE_IS_MULTI_TERM_VALUES: set[OSPQ017ResourceIsMultiTerm] = {
    "0",
    "1",
}


def check_ospq017_resource_is_multi_term(value: str) -> OSPQ017ResourceIsMultiTerm:
    if value in OSPQ017_RESOURCE_IS_MULTI_TERM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_RESOURCE_IS_MULTI_TERM_VALUES!r}"
    )
