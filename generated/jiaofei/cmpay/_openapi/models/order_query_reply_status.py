from typing import Literal

OrderQueryReplyStatus = Literal["FAILED", "SUCCESS"]

ORDER_QUERY_REPLY_STATUS_VALUES: set[OrderQueryReplyStatus] = {
    "FAILED",
    "SUCCESS",
}


def check_order_query_reply_status(value: str) -> OrderQueryReplyStatus:
    if value in ORDER_QUERY_REPLY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_QUERY_REPLY_STATUS_VALUES!r}"
    )
