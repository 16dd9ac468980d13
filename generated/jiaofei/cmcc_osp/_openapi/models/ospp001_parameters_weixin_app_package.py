from typing import Literal

OSPP001ParametersWeixinAppPackage = Literal["Sign=WXPAY"]

OSPP001_PARAMETERS_WEIXIN_APP_PACKAGE_VALUES: set[OSPP001ParametersWeixinAppPackage] = {
    "Sign=WXPAY",
}


def check_ospp001_parameters_weixin_app_package(value: str) -> OSPP001ParametersWeixinAppPackage:
    if value in OSPP001_PARAMETERS_WEIXIN_APP_PACKAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OSPP001_PARAMETERS_WEIXIN_APP_PACKAGE_VALUES!r}"
    )
