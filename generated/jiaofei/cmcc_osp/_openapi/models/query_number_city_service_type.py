from typing import Literal

QueryNumberCityServiceType = Literal["01"]

QUERY_NUMBER_CITY_SERVICE_TYPE_VALUES: set[QueryNumberCityServiceType] = {
    "01",
}


def check_query_number_city_service_type(value: str) -> QueryNumberCityServiceType:
    if value in QUERY_NUMBER_CITY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_NUMBER_CITY_SERVICE_TYPE_VALUES!r}"
    )
