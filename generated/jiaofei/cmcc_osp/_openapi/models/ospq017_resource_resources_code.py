from typing import Literal

OSPQ017ResourceResourcesCode = Literal["01", "02", "03", "04", "05"]

OSPQ017_RESOURCE_RESOURCES_CODE_VALUES: set[OSPQ017ResourceResourcesCode] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_ospq017_resource_resources_code(value: str) -> OSPQ017ResourceResourcesCode:
    if value in OSPQ017_RESOURCE_RESOURCES_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ017_RESOURCE_RESOURCES_CODE_VALUES!r}"
    )
