from typing import Literal

OSPP001ParametersAlipayWebInputCharset = Literal["utf-8"]

OSPP001_PARAMETERS_ALIPAY_WEB_INPUT_CHARSET_VALUES: set[OSPP001ParametersAlipayWebInputCharset] = {
    "utf-8",
}


def check_ospp001_parameters_alipay_web_input_charset(
    value: str,
) -> OSPP001ParametersAlipayWebInputCharset:
    if value in OSPP001_PARAMETERS_ALIPAY_WEB_INPUT_CHARSET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_WEB_INPUT_CHARSET_VALUES!r}"
    )
