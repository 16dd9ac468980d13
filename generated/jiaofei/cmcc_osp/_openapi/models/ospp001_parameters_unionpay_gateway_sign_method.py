from typing import Literal

OSPP001ParametersUnionpayGatewaySignMethod = Literal["01"]

OSPP001_PARAMETERS_UNIONPAY_GATEWAY_SIGN_METHOD_VALUES: set[
    OSPP001ParametersUnionpayGatewaySignMethod
] = {
    "01",
}


def check_ospp001_parameters_unionpay_gateway_sign_method(
    value: str,
) -> OSPP001ParametersUnionpayGatewaySignMethod:
    if value in OSPP001_PARAMETERS_UNIONPAY_GATEWAY_SIGN_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_GATEWAY_SIGN_METHOD_VALUES!r}"
    )
