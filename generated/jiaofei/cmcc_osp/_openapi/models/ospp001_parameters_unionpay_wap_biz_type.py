from typing import Literal

OSPP001ParametersUnionpayWapBizType = Literal[
    "000000",
    "000201",
    "000202",
    "000301",
    "000302",
    "000401",
    "000501",
    "000601",
    "000801",
    "000901",
    "000902",
    "001001",
]

OSPP001_PARAMETERS_UNIONPAY_WAP_BIZ_TYPE_VALUES: set[OSPP001ParametersUnionpayWapBizType] = {
    "000000",
    "000201",
    "000202",
    "000301",
    "000302",
    "000401",
    "000501",
    "000601",
    "000801",
    "000901",
    "000902",
    "001001",
}


def check_ospp001_parameters_unionpay_wap_biz_type(
    value: str,
) -> OSPP001ParametersUnionpayWapBizType:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_BIZ_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_BIZ_TYPE_VALUES!r}"
    )
