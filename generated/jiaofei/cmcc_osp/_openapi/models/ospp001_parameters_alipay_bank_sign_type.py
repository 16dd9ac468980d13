from typing import Literal

OSPP001ParametersAlipayBankSignType = Literal["MD5", "RSA"]

OSPP001_PARAMETERS_ALIPAY_BANK_SIGN_TYPE_VALUES: set[OSPP001ParametersAlipayBankSignType] = {
    "MD5",
    "RSA",
}


def check_ospp001_parameters_alipay_bank_sign_type(
    value: str,
) -> OSPP001ParametersAlipayBankSignType:
    if value in OSPP001_PARAMETERS_ALIPAY_BANK_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_BANK_SIGN_TYPE_VALUES!r}"
    )
