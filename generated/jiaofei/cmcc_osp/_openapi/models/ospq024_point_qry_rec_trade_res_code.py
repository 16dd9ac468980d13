from typing import Literal

OSPQ024PointQryRecTradeResCode = Literal["00"]

OSPQ024_POINT_QRY_REC_TRADE_RES_CODE_VALUES: set[OSPQ024PointQryRecTradeResCode] = {
    "00",
}


def check_ospq024_point_qry_rec_trade_res_code(value: str) -> OSPQ024PointQryRecTradeResCode:
    if value in OSPQ024_POINT_QRY_REC_TRADE_RES_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPQ024_POINT_QRY_REC_TRADE_RES_CODE_VALUES!r}"
    )
