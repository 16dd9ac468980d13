from typing import Literal

OSPP001ParametersUnionpayWapChannelType = Literal["07"]

OSPP001_PARAMETERS_UNIONPAY_WAP_CHANNEL_TYPE_VALUES: set[
    OSPP001ParametersUnionpayWapChannelType
] = {
    "07",
}


def check_ospp001_parameters_unionpay_wap_channel_type(
    value: str,
) -> OSPP001ParametersUnionpayWapChannelType:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_CHANNEL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_CHANNEL_TYPE_VALUES!r}"
    )
