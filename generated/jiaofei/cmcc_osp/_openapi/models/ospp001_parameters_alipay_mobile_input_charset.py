from typing import Literal

OSPP001ParametersAlipayMobileInputCharset = Literal["utf-8"]

OSPP001_PARAMETERS_ALIPAY_MOBILE_INPUT_CHARSET_VALUES: set[
    OSPP001ParametersAlipayMobileInputCharset
] = {
    "utf-8",
}


def check_ospp001_parameters_alipay_mobile_input_charset(
    value: str,
) -> OSPP001ParametersAlipayMobileInputCharset:
    if value in OSPP001_PARAMETERS_ALIPAY_MOBILE_INPUT_CHARSET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_MOBILE_INPUT_CHARSET_VALUES!r}"
    )
