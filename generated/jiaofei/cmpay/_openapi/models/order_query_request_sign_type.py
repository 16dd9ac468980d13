from typing import Literal

OrderQueryRequestSignType = Literal["MD5", "RSA"]

ORDER_QUERY_REQUEST_SIGN_TYPE_VALUES: set[OrderQueryRequestSignType] = {
    "MD5",
    "RSA",
}


def check_order_query_request_sign_type(value: str) -> OrderQueryRequestSignType:
    if value in ORDER_QUERY_REQUEST_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_QUERY_REQUEST_SIGN_TYPE_VALUES!r}"
    )
