from typing import Literal

QueryMonthlyBillServiceType = Literal["01", "02", "03", "04", "05"]

QUERY_MONTHLY_BILL_SERVICE_TYPE_VALUES: set[QueryMonthlyBillServiceType] = {
    "01",
    "02",
    "03",
    "04",
    "05",
}


def check_query_monthly_bill_service_type(value: str) -> QueryMonthlyBillServiceType:
    if value in QUERY_MONTHLY_BILL_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_MONTHLY_BILL_SERVICE_TYPE_VALUES!r}"
    )
