from typing import Literal

附录十二支付方式取值表 = Literal[
    "ALIPAY-BANK",
    "ALIPAY-BARCODE",
    "ALIPAY-MOBILE",
    "ALIPAY-NATIVE",
    "ALIPAY-PAYAFTERSIGN",
    "ALIPAY-SIGNANDPAY",
    "ALIPAY-WAP",
    "ALIPAY-WEB",
    "CMPAY-WAP",
    "CMPAY-WEB",
    "UNIONPAY-APP",
    "UNIONPAY-APPLEPAY",
    "UNIONPAY-GATEWAY",
    "UNIONPAY-WAP",
    "WEIXIN-APP",
    "WEIXIN-BARCODE",
    "WEIXIN-JSAPI",
    "WEIXIN-NATIVE",
    "WEIXIN-WAP",
]

附录十二支付方式取值表_VALUES: set[附录十二支付方式取值表] = {
    "ALIPAY-BANK",
    "ALIPAY-BARCODE",
    "ALIPAY-MOBILE",
    "ALIPAY-NATIVE",
    "ALIPAY-PAYAFTERSIGN",
    "ALIPAY-SIGNANDPAY",
    "ALIPAY-WAP",
    "ALIPAY-WEB",
    "CMPAY-WAP",
    "CMPAY-WEB",
    "UNIONPAY-APP",
    "UNIONPAY-APPLEPAY",
    "UNIONPAY-GATEWAY",
    "UNIONPAY-WAP",
    "WEIXIN-APP",
    "WEIXIN-BARCODE",
    "WEIXIN-JSAPI",
    "WEIXIN-NATIVE",
    "WEIXIN-WAP",
}


def check_附录十二支付方式取值表(value: str) -> 附录十二支付方式取值表:
    if value in 附录十二支付方式取值表_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {附录十二支付方式取值表_VALUES!r}"
    )
