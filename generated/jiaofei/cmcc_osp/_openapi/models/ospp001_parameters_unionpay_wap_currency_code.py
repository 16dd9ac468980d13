from typing import Literal

OSPP001ParametersUnionpayWapCurrencyCode = Literal["156"]

OSPP001_PARAMETERS_UNIONPAY_WAP_CURRENCY_CODE_VALUES: set[
    OSPP001ParametersUnionpayWapCurrencyCode
] = {
    "156",
}


def check_ospp001_parameters_unionpay_wap_currency_code(
    value: str,
) -> OSPP001ParametersUnionpayWapCurrencyCode:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_CURRENCY_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_CURRENCY_CODE_VALUES!r}"
    )
