from typing import Literal

OSPP001ParametersAlipayWebSignType = Literal["MD5", "RSA"]

OSPP001_PARAMETERS_ALIPAY_WEB_SIGN_TYPE_VALUES: set[OSPP001ParametersAlipayWebSignType] = {
    "MD5",
    "RSA",
}


def check_ospp001_parameters_alipay_web_sign_type(value: str) -> OSPP001ParametersAlipayWebSignType:
    if value in OSPP001_PARAMETERS_ALIPAY_WEB_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WEB_SIGN_TYPE_VALUES!r}"
    )
