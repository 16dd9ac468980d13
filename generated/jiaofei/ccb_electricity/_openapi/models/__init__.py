"""Contains all the data models used in inputs/outputs"""

from .channel import Channel
from .create_unified_order_reply_envelope import CreateUnifiedOrderReplyEnvelope
from .create_unified_order_request import CreateUnifiedOrderRequest
from .create_unified_order_request_envelope import CreateUnifiedOrderRequestEnvelope
from .create_unified_order_response import CreateUnifiedOrderResponse
from .failure_reply_envelope import FailureReplyEnvelope
from .failure_response import FailureResponse
from .fee_mod import FeeMod
from .gateway_code import GatewayCode
from .notify_arrears_payment_reply_envelope import NotifyArrearsPaymentReplyEnvelope
from .notify_arrears_payment_request import NotifyArrearsPaymentRequest
from .notify_arrears_payment_request_envelope import NotifyArrearsPaymentRequestEnvelope
from .notify_arrears_payment_response import NotifyArrearsPaymentResponse
from .notify_recharge_payment_reply_envelope import NotifyRechargePaymentReplyEnvelope
from .notify_recharge_payment_request import NotifyRechargePaymentRequest
from .notify_recharge_payment_request_envelope import NotifyRechargePaymentRequestEnvelope
from .notify_recharge_payment_response import NotifyRechargePaymentResponse
from .pay_by_code_reply_envelope import PayByCodeReplyEnvelope
from .pay_by_code_request import PayByCodeRequest
from .pay_by_code_request_envelope import PayByCodeRequestEnvelope
from .pay_by_code_response import PayByCodeResponse
from .query_arrears_reply_envelope import QueryArrearsReplyEnvelope
from .query_arrears_request import QueryArrearsRequest
from .query_arrears_request_envelope import QueryArrearsRequestEnvelope
from .query_arrears_response import QueryArrearsResponse
from .query_payment_reply_envelope import QueryPaymentReplyEnvelope
from .query_payment_request import QueryPaymentRequest
from .query_payment_request_envelope import QueryPaymentRequestEnvelope
from .query_payment_response import QueryPaymentResponse
from .query_payment_response_status import QueryPaymentResponseStatus
from .query_user_info_reply_envelope import QueryUserInfoReplyEnvelope
from .query_user_info_request import QueryUserInfoRequest
from .query_user_info_request_envelope import QueryUserInfoRequestEnvelope
from .query_user_info_response import QueryUserInfoResponse
from .sub_code import SubCode
from .version import Version

__all__ = (
    "Channel",
    "CreateUnifiedOrderReplyEnvelope",
    "CreateUnifiedOrderRequest",
    "CreateUnifiedOrderRequestEnvelope",
    "CreateUnifiedOrderResponse",
    "FailureReplyEnvelope",
    "FailureResponse",
    "FeeMod",
    "GatewayCode",
    "NotifyArrearsPaymentReplyEnvelope",
    "NotifyArrearsPaymentRequest",
    "NotifyArrearsPaymentRequestEnvelope",
    "NotifyArrearsPaymentResponse",
    "NotifyRechargePaymentReplyEnvelope",
    "NotifyRechargePaymentRequest",
    "NotifyRechargePaymentRequestEnvelope",
    "NotifyRechargePaymentResponse",
    "PayByCodeReplyEnvelope",
    "PayByCodeRequest",
    "PayByCodeRequestEnvelope",
    "PayByCodeResponse",
    "QueryArrearsReplyEnvelope",
    "QueryArrearsRequest",
    "QueryArrearsRequestEnvelope",
    "QueryArrearsResponse",
    "QueryPaymentReplyEnvelope",
    "QueryPaymentRequest",
    "QueryPaymentRequestEnvelope",
    "QueryPaymentResponse",
    "QueryPaymentResponseStatus",
    "QueryUserInfoReplyEnvelope",
    "QueryUserInfoRequest",
    "QueryUserInfoRequestEnvelope",
    "QueryUserInfoResponse",
    "SubCode",
    "Version",
)
