from typing import Literal

QueryBroadbandInfoServiceNoType = Literal["01", "02"]

QUERY_BROADBAND_INFO_SERVICE_NO_TYPE_VALUES: set[QueryBroadbandInfoServiceNoType] = {
    "01",
    "02",
}


def check_query_broadband_info_service_no_type(value: str) -> QueryBroadbandInfoServiceNoType:
    if value in QUERY_BROADBAND_INFO_SERVICE_NO_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_BROADBAND_INFO_SERVICE_NO_TYPE_VALUES!r}"
    )
