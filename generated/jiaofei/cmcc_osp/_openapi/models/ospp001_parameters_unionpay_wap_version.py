from typing import Literal

OSPP001ParametersUnionpayWapVersion = Literal["5.0.0"]

OSPP001_PARAMETERS_UNIONPAY_WAP_VERSION_VALUES: set[OSPP001ParametersUnionpayWapVersion] = {
    "5.0.0",
}


def check_ospp001_parameters_unionpay_wap_version(
    value: str,
) -> OSPP001ParametersUnionpayWapVersion:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_VERSION_VALUES!r}"
    )
