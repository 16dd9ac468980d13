from typing import Literal

OSPP001ParametersUnionpayWapTxnType = Literal[
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "11",
    "12",
    "13",
    "14",
    "21",
    "22",
    "31",
    "32",
    "33",
    "71",
    "72",
    "73",
    "74",
    "75",
    "77",
    "78",
    "79",
    "94",
]

OSPP001_PARAMETERS_UNIONPAY_WAP_TXN_TYPE_VALUES: set[OSPP001ParametersUnionpayWapTxnType] = {
    "00",
    "01",
    "02",
    "03",
    "04",
    "05",
    "11",
    "12",
    "13",
    "14",
    "21",
    "22",
    "31",
    "32",
    "33",
    "71",
    "72",
    "73",
    "74",
    "75",
    "77",
    "78",
    "79",
    "94",
}


def check_ospp001_parameters_unionpay_wap_txn_type(
    value: str,
) -> OSPP001ParametersUnionpayWapTxnType:
    if value in OSPP001_PARAMETERS_UNIONPAY_WAP_TXN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_UNIONPAY_WAP_TXN_TYPE_VALUES!r}"
    )
