from typing import Literal

OSPP001ParametersUnionpayGatewayChannelType = Literal["07"]

OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CHANNEL_TYPE_VALUES: set[
    OSPP001ParametersUnionpayGatewayChannelType
] = {
    "07",
}


def check_ospp001_parameters_unionpay_gateway_channel_type(
    value: str,
) -> OSPP001ParametersUnionpayGatewayChannelType:
    if value in OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_GATEWAY_CHANNEL_TYPE_VALUES!r}"
    )
