from typing import Literal

OSPP001ParametersAlipayMobileSignType = Literal["MD5", "RSA"]

OSPP001_PARAMETERS_ALIPAY_MOBILE_SIGN_TYPE_VALUES: set[OSPP001ParametersAlipayMobileSignType] = {
    "MD5",
    "RSA",
}


def check_ospp001_parameters_alipay_mobile_sign_type(
    value: str,
) -> OSPP001ParametersAlipayMobileSignType:
    if value in OSPP001_PARAMETERS_ALIPAY_MOBILE_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_MOBILE_SIGN_TYPE_VALUES!r}"
    )
