from typing import Literal

OSPP001ParametersUnionpayGatewayAccessType = Literal["0"]

OSPP001_PARAMETERS_UNIONPAY_GATEWAY_ACCESS_TYPE_VALUES: set[
    OSPP001ParametersUnionpayGatewayAccessType
] = {
    "0",
}


def check_ospp001_parameters_unionpay_gateway_access_type(
    value: str,
) -> OSPP001ParametersUnionpayGatewayAccessType:
    if value in OSPP001_PARAMETERS_UNIONPAY_GATEWAY_ACCESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_GATEWAY_ACCESS_TYPE_VALUES!r}"
    )
