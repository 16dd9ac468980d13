from typing import Literal

OSPP001ParametersAlipayWapInputCharset = Literal["utf-8"]

OSPP001_PARAMETERS_ALIPAY_WAP_INPUT_CHARSET_VALUES: set[OSPP001ParametersAlipayWapInputCharset] = {
    "utf-8",
}


def check_ospp001_parameters_alipay_wap_input_charset(
    value: str,
) -> OSPP001ParametersAlipayWapInputCharset:
    if value in OSPP001_PARAMETERS_ALIPAY_WAP_INPUT_CHARSET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WAP_INPUT_CHARSET_VALUES!r}"
    )
