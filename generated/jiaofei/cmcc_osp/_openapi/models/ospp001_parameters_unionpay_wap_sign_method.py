from typing import Literal

OSPP001ParametersUnionpayWapSignMethod = Literal["01"]

OSPP001_PARAMETERS_UNIONPAY_WAP_SIGN_METHOD_VALUES: set[OSPP001ParametersUnionpayWapSignMethod] = {
    "01",
}


def check_ospp001_parameters_unionpay_wap_sign_method(
    value: str,
) -> OSPP001ParametersUnionpayWapSignMethod:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_SIGN_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_SIGN_METHOD_VALUES!r}"
    )
