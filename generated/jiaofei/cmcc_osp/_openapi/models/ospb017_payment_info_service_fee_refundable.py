from typing import Literal

OSPB017PaymentInfoServiceFeeRefundable = Literal["1", "2"]

OSPB017_PAYMENT_INFO_SERVICE_FEE_REFUNDABLE_VALUES: set[OSPB017PaymentInfoServiceFeeRefundable] = {
    "1",
    "2",
}


def check_ospb017_payment_info_service_fee_refundable(
    value: str,
) -> OSPB017PaymentInfoServiceFeeRefundable:
    if value in OSPB017_PAYMENT_INFO_SERVICE_FEE_REFUNDABLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB017_PAYMENT_INFO_SERVICE_FEE_REFUNDABLE_VALUES!r}"
    )
