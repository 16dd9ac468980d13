from typing import Literal

OSPB004RequestIsGoodsReturn = Literal["1", "2"]

OSPB004_REQUEST_IS_GOODS_RETURN_VALUES: set[OSPB004RequestIsGoodsReturn] = {
    "1",
    "2",
}


def check_ospb004_request_is_goods_return(value: str) -> OSPB004RequestIsGoodsReturn:
    if value in OSPB004_REQUEST_IS_GOODS_RETURN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPB004_REQUEST_IS_GOODS_RETURN_VALUES!r}"
    )
