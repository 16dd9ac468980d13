from typing import Literal

QueryAccountBalanceV2ServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_ACCOUNT_BALANCE_V2_SERVICE_TYPE_VALUES: set[QueryAccountBalanceV2ServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_account_balance_v2_service_type(value: str) -> QueryAccountBalanceV2ServiceType:
    if value in QUERY_ACCOUNT_BALANCE_V2_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_ACCOUNT_BALANCE_V2_SERVICE_TYPE_VALUES!r}"
    )
