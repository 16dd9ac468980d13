from typing import Literal

QueryStarLevelServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_STAR_LEVEL_SERVICE_TYPE_VALUES: set[QueryStarLevelServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_star_level_service_type(value: str) -> QueryStarLevelServiceType:
    if value in QUERY_STAR_LEVEL_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_STAR_LEVEL_SERVICE_TYPE_VALUES!r}"
    )
