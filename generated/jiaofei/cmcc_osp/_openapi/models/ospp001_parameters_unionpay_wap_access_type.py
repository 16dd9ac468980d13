from typing import Literal

OSPP001ParametersUnionpayWapAccessType = Literal["0"]

OSPP001_PARAMETERS_UNIONPAY_WAP_ACCESS_TYPE_VALUES: set[OSPP001ParametersUnionpayWapAccessType] = {
    "0",
}


def check_ospp001_parameters_unionpay_wap_access_type(
    value: str,
) -> OSPP001ParametersUnionpayWapAccessType:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_ACCESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_ACCESS_TYPE_VALUES!r}"
    )
