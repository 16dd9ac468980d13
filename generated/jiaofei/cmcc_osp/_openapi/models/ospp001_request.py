from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospp001_request_is_virtual import (
    OSPP001RequestIsVirtual,
    check_ospp001_request_is_virtual,
)
from ..models.ospp001_request_number_type import (
    OSPP001RequestNumberType,
    check_ospp001_request_number_type,
)
from ..models.ospp001_request_payment_limit import (
    OSPP001RequestPaymentLimit,
    check_ospp001_request_payment_limit,
)
from ..models.附录十二支付方式取值表 import check_附录十二支付方式取值表, 附录十二支付方式取值表
from ..models.附录十四银行简码 import check_附录十四银行简码, 附录十四银行简码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP001Request")


@_attrs_define
class OSPP001Request:
    """支付接口请求参数 (§6.1 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str): 支付单编码: 商户系统到一级能力开放平台下单的唯一支付单编码，生成规则如下：4位系统编码+17位时间戳（格式YYYYMMDDhhmmssXXX，精确到毫秒）+8位随机数字+3位
            渠道编码，其中系统编码参见附录：系统编码，渠道编码取值参见附录：渠道编码，保证支付单号不能重复
        total_fee (int): 支付总金额: 单位“分”。填写用户支付金额payment与赠送金额giftValue的和
        payment (int): 用户支付金额: 单位“分”。用户到第三方支付系统实际支付的金额。
        gift_value (int): 赠送金额: 单位“分”。商户可以将“红包”之类的赠送金额填写在此字段中。
        payment_type (附录十二支付方式取值表): 支付方式取值表: 支付方式 (paymentType)；表列 支付方式名称 / (说明)
        goods_id (str): 商品编码
        goods_title (str): 商品名称
        goods_desc (str): 商品描述
        notify_url (str): 订单结果通知URL: 一级能力开放平台CMCOP向此URL发送订单结果通知
        busi_type (str): 业务类型: 用以区分不同的业务，及辅助进行对账、结算区分，生成规则如下：2位业务大类（由统一支付定义）+2位商户自定义业务子类；业务大类共5类，举例如下：纯现金支付大类：默认值10，如果商户
            对纯现金支付业务还需要进行区分结算，则可以填写10XX；纯现金支付+充值大类：默认值11；如果商户对纯现金支付+充值业务还需要进行区分结算，则可以填写11XX；纯充值大类：01；如果商户对纯充值业务还需要进行区分结算，则可以
            填写01XX；融合支付大类：默认值20，如果商户对纯现金支付业务还需要进行区分结算，则可以填写20XX；融合支付+充值大类：默认值21；如果商户对纯现金支付+充值业务还需要进行区分结算，则可以填写21XX。商户需将所有业务类
            型枚举值都同步到统一支付，双方共同确认的各业务类型的对账、结算规则。
        payment_user_id (str | Unset): 支付用户ID: 支付宝支付时，填买家支付宝ID 微信支付时，填买家微信ID
        activity_id (str | Unset): 活动编码: 当赠送金额“giftValue”不为0时必须填
        payment_limit (OSPP001RequestPaymentLimit | Unset): 支付限制:
            支付限制包括：DirectPay（默认）：不限制支付方式；CreditPay：只允许使用信用支付；NoCredit：不允许使用信用卡 Default: 'DirectPay'.
        goods_url (str | Unset): 商品展示网址: PaymentType为ALIPAY-WAP时，此字段必填。此字段只在使用支付宝支付时有效。
        return_url (str | Unset): 支付成功跳转返回页面URL: 此字段用于支付完成后跳回到客户网站。在paymentType为UNIONPAY-GATEWAY和UNIONPAY-WAP时必须填。
        client_ip (str | Unset): 客户端IP: IPv4的IP地址，微信支付，和包支付时必须填
        custom_param (str | Unset): 商户自定义参数: 订单结果通知时，一级能力开放平台CMCOP会返回此字段，商户可以自行选择需要回传的参数。
        weixin_app_id (str | Unset): 微信公众号ID: 使用微信支付时必须填
        weixin_open_id (str | Unset): 微信用户标识: paymentType为WEIXIN-JSAPI时，此字段必填。表示用户在商户下的唯一标识。
        number_type (OSPP001RequestNumberType | Unset): 中国移动用户标识类型: 01：表示11位手机号；02：邮箱；03：固话；04：宽带；05：物联网号码
        number (str | Unset): 中国移动用户号码: 填写11位手机、邮箱、固话、宽带物联网号码
        default_bank (附录十四银行简码 | Unset): 银行简码: 默认网银 defaultBank 的取值；表列 银行简码 / 银行名称
        is_virtual (OSPP001RequestIsVirtual | Unset): 是否虚拟物品: 当支付方式paymentType为支付宝ALIPAY-*,
            需区分实体物品和虚拟物品，实体物品填写：REAL，虚拟物品填写：VIRTUAL，默认为：VIRTUAL Default: 'VIRTUAL'.
        payment_auth_code (str | Unset): 支付授权码: 当支付方式paymentType为ALIPAY-BARCODE或者WEIXIN-
            BARCODE必填，授权码为使用扫描设备读取用户支付宝或者微信中的条码或者二维码信息
        shop_code (str | Unset): 店铺: 店铺编码
        shop_name (str | Unset): 店铺: 店铺名称
        the_area_code_for_the_business_hall (str | Unset): 营业厅所属地区编码
        the_code_of_the_business_hall (str | Unset): 营业厅编码
        the_code_of_the_business_hall_window (str | Unset): 营业厅窗口编码
        the_code_of_terminal (str | Unset): 终端编码
        the_code_of_clerk (str | Unset): 员工编码
        sign_notify_url (str | Unset): 签约结果通知URL: 当使用签约并支付（即首次签约并支付）的支付场景时必填，统一支付向此URL发送签约结果通知，ALIPAY-SIGNANDPAY必填
        request_from_url (str | Unset): 请求来源地址。如果使用ALIAPP的集成方式，用户中途取消支付会返回该地址: 当使用支付宝签约并支付（即首次签约并支付）的支付场景时必填，ALIPAY-
            SIGNANDPAY必填
        login_id (str | Unset): 用户在商户网站的登录账号，用于在签约页面展示: 当使用签约并支付的支付（即首次签约并支付）场景时必须填，ALIPAY-SIGNANDPAY必填
        contract_code (str | Unset): 签约协议号，商户侧与用户的签约协议号，由商户生成: 当使用签约并支付的支付（即首次签约并支付）场景时必须填，ALIPAY-
            SIGNANDPAY必填；当用户和支付机构签完个人代扣协议之后，申请扣款使用，ALIPAY-
            PAYAFTERSIGN方式必填，需要填写首次签约并支付时的ContractCode。商户需要根据不同的业务与个人用户分别进行签约。例如：流量+爱奇艺会员 与 流量+优酷会员，应视为不同业务与支付机构分别签约。生成规则如下：
            4位系统编码+17位时间戳（格式YYYYMMDDhhmmssXXX，精确到毫秒）+8位随机数字+3位渠道编码，其中系统编码参见附录：系统编码，渠道编码取值参见附录：渠道编码,其中YYYYMMDD要与reqDate一致
        sign_validity_period (str | Unset): 当前用户签约请求的协议有效周期。整形数字加上时间单位的协议有效期，从发起签约请求的时间开始算起。目前支持的时间单位： 1. d: 天 2. m: 月
            如果未传入，默认为长期有效: ALIPAY-SIGNANDPAY选填
        ori_req_date (str | Unset): 原请求日期: 商户发起时签约时所使用的ReqDate，ALIPAY-PAYAFTERSIGN必填
        unsign_notify_url (str | Unset): 解约异步结果通知地址: 用于用户在支付机构直接进行个人代扣协议解约时的异步结果通知地址。
    """

    req_date: str
    req_trans_id: str
    req_time: str
    order_id: str
    payment_order_id: str
    total_fee: int
    payment: int
    gift_value: int
    payment_type: 附录十二支付方式取值表
    goods_id: str
    goods_title: str
    goods_desc: str
    notify_url: str
    busi_type: str
    payment_user_id: str | Unset = UNSET
    activity_id: str | Unset = UNSET
    payment_limit: OSPP001RequestPaymentLimit | Unset = "DirectPay"
    goods_url: str | Unset = UNSET
    return_url: str | Unset = UNSET
    client_ip: str | Unset = UNSET
    custom_param: str | Unset = UNSET
    weixin_app_id: str | Unset = UNSET
    weixin_open_id: str | Unset = UNSET
    number_type: OSPP001RequestNumberType | Unset = UNSET
    number: str | Unset = UNSET
    default_bank: 附录十四银行简码 | Unset = UNSET
    is_virtual: OSPP001RequestIsVirtual | Unset = "VIRTUAL"
    payment_auth_code: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    the_area_code_for_the_business_hall: str | Unset = UNSET
    the_code_of_the_business_hall: str | Unset = UNSET
    the_code_of_the_business_hall_window: str | Unset = UNSET
    the_code_of_terminal: str | Unset = UNSET
    the_code_of_clerk: str | Unset = UNSET
    sign_notify_url: str | Unset = UNSET
    request_from_url: str | Unset = UNSET
    login_id: str | Unset = UNSET
    contract_code: str | Unset = UNSET
    sign_validity_period: str | Unset = UNSET
    ori_req_date: str | Unset = UNSET
    unsign_notify_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        order_id = self.order_id

        payment_order_id = self.payment_order_id

        total_fee = self.total_fee

        payment = self.payment

        gift_value = self.gift_value

        payment_type: str = self.payment_type

        goods_id = self.goods_id

        goods_title = self.goods_title

        goods_desc = self.goods_desc

        notify_url = self.notify_url

        busi_type = self.busi_type

        payment_user_id = self.payment_user_id

        activity_id = self.activity_id

        payment_limit: str | Unset = UNSET
        if not isinstance(self.payment_limit, Unset):
            payment_limit = self.payment_limit

        goods_url = self.goods_url

        return_url = self.return_url

        client_ip = self.client_ip

        custom_param = self.custom_param

        weixin_app_id = self.weixin_app_id

        weixin_open_id = self.weixin_open_id

        number_type: str | Unset = UNSET
        if not isinstance(self.number_type, Unset):
            number_type = self.number_type

        number = self.number

        default_bank: str | Unset = UNSET
        if not isinstance(self.default_bank, Unset):
            default_bank = self.default_bank

        is_virtual: str | Unset = UNSET
        if not isinstance(self.is_virtual, Unset):
            is_virtual = self.is_virtual

        payment_auth_code = self.payment_auth_code

        shop_code = self.shop_code

        shop_name = self.shop_name

        the_area_code_for_the_business_hall = self.the_area_code_for_the_business_hall

        the_code_of_the_business_hall = self.the_code_of_the_business_hall

        the_code_of_the_business_hall_window = self.the_code_of_the_business_hall_window

        the_code_of_terminal = self.the_code_of_terminal

        the_code_of_clerk = self.the_code_of_clerk

        sign_notify_url = self.sign_notify_url

        request_from_url = self.request_from_url

        login_id = self.login_id

        contract_code = self.contract_code

        sign_validity_period = self.sign_validity_period

        ori_req_date = self.ori_req_date

        unsign_notify_url = self.unsign_notify_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "orderId": order_id,
                "paymentOrderId": payment_order_id,
                "totalFee": total_fee,
                "payment": payment,
                "giftValue": gift_value,
                "paymentType": payment_type,
                "goodsId": goods_id,
                "goodsTitle": goods_title,
                "goodsDesc": goods_desc,
                "notifyUrl": notify_url,
                "busiType": busi_type,
            }
        )
        if payment_user_id is not UNSET:
            field_dict["paymentUserId"] = payment_user_id
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if payment_limit is not UNSET:
            field_dict["paymentLimit"] = payment_limit
        if goods_url is not UNSET:
            field_dict["goodsUrl"] = goods_url
        if return_url is not UNSET:
            field_dict["returnUrl"] = return_url
        if client_ip is not UNSET:
            field_dict["clientIP"] = client_ip
        if custom_param is not UNSET:
            field_dict["customParam"] = custom_param
        if weixin_app_id is not UNSET:
            field_dict["weixinAppId"] = weixin_app_id
        if weixin_open_id is not UNSET:
            field_dict["weixinOpenId"] = weixin_open_id
        if number_type is not UNSET:
            field_dict["numberType"] = number_type
        if number is not UNSET:
            field_dict["number"] = number
        if default_bank is not UNSET:
            field_dict["defaultBank"] = default_bank
        if is_virtual is not UNSET:
            field_dict["isVirtual"] = is_virtual
        if payment_auth_code is not UNSET:
            field_dict["paymentAuthCode"] = payment_auth_code
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if the_area_code_for_the_business_hall is not UNSET:
            field_dict["theAreaCodeForTheBusinessHall"] = the_area_code_for_the_business_hall
        if the_code_of_the_business_hall is not UNSET:
            field_dict["theCodeOfTheBusinessHall"] = the_code_of_the_business_hall
        if the_code_of_the_business_hall_window is not UNSET:
            field_dict["theCodeOfTheBusinessHallWindow"] = the_code_of_the_business_hall_window
        if the_code_of_terminal is not UNSET:
            field_dict["theCodeOfTerminal"] = the_code_of_terminal
        if the_code_of_clerk is not UNSET:
            field_dict["theCodeOfClerk"] = the_code_of_clerk
        if sign_notify_url is not UNSET:
            field_dict["signNotifyUrl"] = sign_notify_url
        if request_from_url is not UNSET:
            field_dict["requestFromUrl"] = request_from_url
        if login_id is not UNSET:
            field_dict["loginId"] = login_id
        if contract_code is not UNSET:
            field_dict["contractCode"] = contract_code
        if sign_validity_period is not UNSET:
            field_dict["signValidityPeriod"] = sign_validity_period
        if ori_req_date is not UNSET:
            field_dict["oriReqDate"] = ori_req_date
        if unsign_notify_url is not UNSET:
            field_dict["unsignNotifyUrl"] = unsign_notify_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId")

        total_fee = d.pop("totalFee")

        payment = d.pop("payment")

        gift_value = d.pop("giftValue")

        payment_type = check_附录十二支付方式取值表(d.pop("paymentType"))

        goods_id = d.pop("goodsId")

        goods_title = d.pop("goodsTitle")

        goods_desc = d.pop("goodsDesc")

        notify_url = d.pop("notifyUrl")

        busi_type = d.pop("busiType")

        payment_user_id = d.pop("paymentUserId", UNSET)

        activity_id = d.pop("activityId", UNSET)

        _payment_limit = d.pop("paymentLimit", UNSET)
        payment_limit: OSPP001RequestPaymentLimit | Unset
        if isinstance(_payment_limit, Unset):
            payment_limit = UNSET
        else:
            payment_limit = check_ospp001_request_payment_limit(_payment_limit)

        goods_url = d.pop("goodsUrl", UNSET)

        return_url = d.pop("returnUrl", UNSET)

        client_ip = d.pop("clientIP", UNSET)

        custom_param = d.pop("customParam", UNSET)

        weixin_app_id = d.pop("weixinAppId", UNSET)

        weixin_open_id = d.pop("weixinOpenId", UNSET)

        _number_type = d.pop("numberType", UNSET)
        number_type: OSPP001RequestNumberType | Unset
        if isinstance(_number_type, Unset):
            number_type = UNSET
        else:
            number_type = check_ospp001_request_number_type(_number_type)

        number = d.pop("number", UNSET)

        _default_bank = d.pop("defaultBank", UNSET)
        default_bank: 附录十四银行简码 | Unset
        if isinstance(_default_bank, Unset):
            default_bank = UNSET
        else:
            default_bank = check_附录十四银行简码(_default_bank)

        _is_virtual = d.pop("isVirtual", UNSET)
        is_virtual: OSPP001RequestIsVirtual | Unset
        if isinstance(_is_virtual, Unset):
            is_virtual = UNSET
        else:
            is_virtual = check_ospp001_request_is_virtual(_is_virtual)

        payment_auth_code = d.pop("paymentAuthCode", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        the_area_code_for_the_business_hall = d.pop("theAreaCodeForTheBusinessHall", UNSET)

        the_code_of_the_business_hall = d.pop("theCodeOfTheBusinessHall", UNSET)

        the_code_of_the_business_hall_window = d.pop("theCodeOfTheBusinessHallWindow", UNSET)

        the_code_of_terminal = d.pop("theCodeOfTerminal", UNSET)

        the_code_of_clerk = d.pop("theCodeOfClerk", UNSET)

        sign_notify_url = d.pop("signNotifyUrl", UNSET)

        request_from_url = d.pop("requestFromUrl", UNSET)

        login_id = d.pop("loginId", UNSET)

        contract_code = d.pop("contractCode", UNSET)

        sign_validity_period = d.pop("signValidityPeriod", UNSET)

        ori_req_date = d.pop("oriReqDate", UNSET)

        unsign_notify_url = d.pop("unsignNotifyUrl", UNSET)

        ospp001_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            order_id=order_id,
            payment_order_id=payment_order_id,
            total_fee=total_fee,
            payment=payment,
            gift_value=gift_value,
            payment_type=payment_type,
            goods_id=goods_id,
            goods_title=goods_title,
            goods_desc=goods_desc,
            notify_url=notify_url,
            busi_type=busi_type,
            payment_user_id=payment_user_id,
            activity_id=activity_id,
            payment_limit=payment_limit,
            goods_url=goods_url,
            return_url=return_url,
            client_ip=client_ip,
            custom_param=custom_param,
            weixin_app_id=weixin_app_id,
            weixin_open_id=weixin_open_id,
            number_type=number_type,
            number=number,
            default_bank=default_bank,
            is_virtual=is_virtual,
            payment_auth_code=payment_auth_code,
            shop_code=shop_code,
            shop_name=shop_name,
            the_area_code_for_the_business_hall=the_area_code_for_the_business_hall,
            the_code_of_the_business_hall=the_code_of_the_business_hall,
            the_code_of_the_business_hall_window=the_code_of_the_business_hall_window,
            the_code_of_terminal=the_code_of_terminal,
            the_code_of_clerk=the_code_of_clerk,
            sign_notify_url=sign_notify_url,
            request_from_url=request_from_url,
            login_id=login_id,
            contract_code=contract_code,
            sign_validity_period=sign_validity_period,
            ori_req_date=ori_req_date,
            unsign_notify_url=unsign_notify_url,
        )

        return ospp001_request
