from typing import Literal

OrderQueryFailureSignType = Literal["MD5", "RSA"]

ORDER_QUERY_FAILURE_SIGN_TYPE_VALUES: set[OrderQueryFailureSignType] = {
    "MD5",
    "RSA",
}


def check_order_query_failure_sign_type(value: str) -> OrderQueryFailureSignType:
    if value in ORDER_QUERY_FAILURE_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_QUERY_FAILURE_SIGN_TYPE_VALUES!r}"
    )
