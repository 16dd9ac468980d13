"""Contains all the data models used in inputs/outputs"""

from .failure_reply import FailureReply
from .failure_reply_code import FailureReplyCode
from .order_data import OrderData
from .order_data_status import OrderDataStatus
from .order_product_request import OrderProductRequest
from .query_order_data import QueryOrderData
from .reply_code import ReplyCode
from .reply_envelope import ReplyEnvelope

__all__ = (
    "FailureReply",
    "FailureReplyCode",
    "OrderData",
    "OrderDataStatus",
    "OrderProductRequest",
    "QueryOrderData",
    "ReplyCode",
    "ReplyEnvelope",
)
