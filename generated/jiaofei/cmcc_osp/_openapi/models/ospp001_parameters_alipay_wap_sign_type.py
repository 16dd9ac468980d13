from typing import Literal

OSPP001ParametersAlipayWapSignType = Literal["MD5", "RSA"]

OSPP001_PARAMETERS_ALIPAY_WAP_SIGN_TYPE_VALUES: set[OSPP001ParametersAlipayWapSignType] = {
    "MD5",
    "RSA",
}


def check_ospp001_parameters_alipay_wap_sign_type(value: str) -> OSPP001ParametersAlipayWapSignType:
    if value in OSPP001_PARAMETERS_ALIPAY_WAP_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WAP_SIGN_TYPE_VALUES!r}"
    )
