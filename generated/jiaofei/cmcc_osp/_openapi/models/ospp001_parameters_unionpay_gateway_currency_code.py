from typing import Literal

OSPP001ParametersUnionpayGatewayCurrencyCode = Literal["156"]

OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CURRENCY_CODE_VALUES: set[
    OSPP001ParametersUnionpayGatewayCurrencyCode
] = {
    "156",
}


def check_ospp001_parameters_unionpay_gateway_currency_code(
    value: str,
) -> OSPP001ParametersUnionpayGatewayCurrencyCode:
    if value in OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CURRENCY_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CURRENCY_CODE_VALUES!r}"
    )
