from typing import Literal

OrderQueryReplySignType = Literal["MD5", "RSA"]

ORDER_QUERY_REPLY_SIGN_TYPE_VALUES: set[OrderQueryReplySignType] = {
    "MD5",
    "RSA",
}


def check_order_query_reply_sign_type(value: str) -> OrderQueryReplySignType:
    if value in ORDER_QUERY_REPLY_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_QUERY_REPLY_SIGN_TYPE_VALUES!r}"
    )
