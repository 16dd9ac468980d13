from typing import Literal

OSPP001ParametersAlipayBankPaymentType = Literal["1"]

OSPP001_PARAMETERS_ALIPAY_BANK_PAYMENT_TYPE_VALUES: set[OSPP001ParametersAlipayBankPaymentType] = {
    "1",
}


def check_ospp001_parameters_alipay_bank_payment_type(
    value: str,
) -> OSPP001ParametersAlipayBankPaymentType:
    if value in OSPP001_PARAMETERS_ALIPAY_BANK_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_BANK_PAYMENT_TYPE_VALUES!r}"
    )
