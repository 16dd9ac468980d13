from typing import Literal

OSPC001RequestSvcTypeId = Literal["02", "03", "04", "06"]

OSPC001_REQUEST_SVC_TYPE_ID_VALUES: set[OSPC001RequestSvcTypeId] = {
    "02",
    "03",
    "04",
    "06",
}


def check_ospc001_request_svc_type_id(value: str) -> OSPC001RequestSvcTypeId:
    if value in OSPC001_REQUEST_SVC_TYPE_ID_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPC001_REQUEST_SVC_TYPE_ID_VALUES!r}"
    )
