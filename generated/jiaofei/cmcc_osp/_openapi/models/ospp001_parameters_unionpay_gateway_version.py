from typing import Literal

OSPP001ParametersUnionpayGatewayVersion = Literal["5.0.0"]

OSPP001_PARAMETERS_UNIONPAY_GATEWAY_VERSION_VALUES: set[OSPP001ParametersUnionpayGatewayVersion] = {
    "5.0.0",
}


def check_ospp001_parameters_unionpay_gateway_version(
    value: str,
) -> OSPP001ParametersUnionpayGatewayVersion:
    if value in OSPP001_PARAMETERS_UNIONPAY_GATEWAY_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_GATEWAY_VERSION_VALUES!r}"
    )
