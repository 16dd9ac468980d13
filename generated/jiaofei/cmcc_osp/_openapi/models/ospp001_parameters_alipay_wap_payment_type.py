from typing import Literal

OSPP001ParametersAlipayWapPaymentType = Literal["1"]

OSPP001_PARAMETERS_ALIPAY_WAP_PAYMENT_TYPE_VALUES: set[OSPP001ParametersAlipayWapPaymentType] = {
    "1",
}


def check_ospp001_parameters_alipay_wap_payment_type(
    value: str,
) -> OSPP001ParametersAlipayWapPaymentType:
    if value in OSPP001_PARAMETERS_ALIPAY_WAP_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WAP_PAYMENT_TYPE_VALUES!r}"
    )
