from typing import Literal

OSPP001ParametersAlipayWebPaymentType = Literal["1"]

OSPP001_PARAMETERS_ALIPAY_WEB_PAYMENT_TYPE_VALUES: set[OSPP001ParametersAlipayWebPaymentType] = {
    "1",
}


def check_ospp001_parameters_alipay_web_payment_type(
    value: str,
) -> OSPP001ParametersAlipayWebPaymentType:
    if value in OSPP001_PARAMETERS_ALIPAY_WEB_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WEB_PAYMENT_TYPE_VALUES!r}"
    )
