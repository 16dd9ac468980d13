from typing import Literal

OSPP001ParametersAlipayMobilePaymentType = Literal["1"]

OSPP001_PARAMETERS_ALIPAY_MOBILE_PAYMENT_TYPE_VALUES: set[
    OSPP001ParametersAlipayMobilePaymentType
] = {
    "1",
}


def check_ospp001_parameters_alipay_mobile_payment_type(
    value: str,
) -> OSPP001ParametersAlipayMobilePaymentType:
    if value in OSPP001_PARAMETERS_ALIPAY_MOBILE_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_MOBILE_PAYMENT_TYPE_VALUES!r}"
    )
