from typing import Literal

OSPP001ParametersAlipayBankInputCharset = Literal["utf-8"]

OSPP001_PARAMETERS_ALIPAY_BANK_INPUT_CHARSET_VALUES: set[
    OSPP001ParametersAlipayBankInputCharset
] = {
    "utf-8",
}


def check_ospp001_parameters_alipay_bank_input_charset(
    value: str,
) -> OSPP001ParametersAlipayBankInputCharset:
    if value in OSPP001_PARAMETERS_ALIPAY_BANK_INPUT_CHARSET_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_ALIPAY_BANK_INPUT_CHARSET_VALUES!r}"
    )
