"""Contains all the data models used in inputs/outputs"""

from .amount_items import AmountItems
from .bank_code import BankCode
from .order_query_failure import OrderQueryFailure
from .order_query_failure_sign_type import OrderQueryFailureSignType
from .order_query_reply import OrderQueryReply
from .order_query_reply_sign_type import OrderQueryReplySignType
from .order_query_reply_status import OrderQueryReplyStatus
from .order_query_request import OrderQueryRequest
from .order_query_request_sign_type import OrderQueryRequestSignType

__all__ = (
    "AmountItems",
    "BankCode",
    "OrderQueryFailure",
    "OrderQueryFailureSignType",
    "OrderQueryReply",
    "OrderQueryReplySignType",
    "OrderQueryReplyStatus",
    "OrderQueryRequest",
    "OrderQueryRequestSignType",
)
