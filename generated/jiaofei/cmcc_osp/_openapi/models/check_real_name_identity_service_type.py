from typing import Literal

CheckRealNameIdentityServiceType = Literal["01", "02"]

CHECK_REAL_NAME_IDENTITY_SERVICE_TYPE_VALUES: set[CheckRealNameIdentityServiceType] = {
    "01",
    "02",
}


def check_check_real_name_identity_service_type(value: str) -> CheckRealNameIdentityServiceType:
    if value in CHECK_REAL_NAME_IDENTITY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_REAL_NAME_IDENTITY_SERVICE_TYPE_VALUES!r}"
    )
