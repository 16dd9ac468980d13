from typing import Literal

OSPQ023PointQryRecTradeResCode = Literal["00"]

OSPQ023_POINT_QRY_REC_TRADE_RES_CODE_VALUES: set[OSPQ023PointQryRecTradeResCode] = {
    "00",
}


def check_ospq023_point_qry_rec_trade_res_code(value: str) -> OSPQ023PointQryRecTradeResCode:
    if value in OSPQ023_POINT_QRY_REC_TRADE_RES_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ023_POINT_QRY_REC_TRADE_RES_CODE_VALUES!r}"
    )
