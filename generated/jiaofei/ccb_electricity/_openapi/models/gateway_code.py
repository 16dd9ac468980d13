from typing import Literal

GatewayCode = Literal["FAIL", "SUCCESS"]

GATEWAY_CODE_VALUES: set[GatewayCode] = {
    "FAIL",
    "SUCCESS",
}


def check_gateway_code(value: str) -> GatewayCode:
    if value in GATEWAY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GATEWAY_CODE_VALUES!r}")
