from typing import Literal

OSPP001ParametersWeixinJsapiSignType = Literal["MD5"]

OSPP001_PARAMETERS_WEIXIN_JSAPI_SIGN_TYPE_VALUES: set[OSPP001ParametersWeixinJsapiSignType] = {
    "MD5",
}


def check_ospp001_parameters_weixin_jsapi_sign_type(
    value: str,
) -> OSPP001ParametersWeixinJsapiSignType:
    if value in OSPP001_PARAMETERS_WEIXIN_JSAPI_SIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_WEIXIN_JSAPI_SIGN_TYPE_VALUES!r}"
    )
