"""Contains all the data models used in inputs/outputs"""

from .balance_data import BalanceData
from .balance_request import BalanceRequest
from .failure_reply import FailureReply
from .order_notify import OrderNotify
from .order_notify_status import OrderNotifyStatus
from .order_reply import OrderReply
from .order_request import OrderRequest
from .order_request_mobile_type import OrderRequestMobileType
from .order_request_order_type import OrderRequestOrderType
from .query_order_data import QueryOrderData
from .query_order_data_status_id import QueryOrderDataStatusId
from .query_order_request import QueryOrderRequest
from .reply_code import ReplyCode
from .signed_reply import SignedReply

__all__ = (
    "BalanceData",
    "BalanceRequest",
    "FailureReply",
    "OrderNotify",
    "OrderNotifyStatus",
    "OrderReply",
    "OrderRequest",
    "OrderRequestMobileType",
    "OrderRequestOrderType",
    "QueryOrderData",
    "QueryOrderDataStatusId",
    "QueryOrderRequest",
    "ReplyCode",
    "SignedReply",
)
