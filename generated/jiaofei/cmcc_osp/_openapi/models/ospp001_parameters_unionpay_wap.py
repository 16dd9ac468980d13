from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospp001_parameters_unionpay_wap_access_type import (
    OSPP001ParametersUnionpayWapAccessType,
    check_ospp001_parameters_unionpay_wap_access_type,
)
from ..models.ospp001_parameters_unionpay_wap_biz_type import (
    OSPP001ParametersUnionpayWapBizType,
    check_ospp001_parameters_unionpay_wap_biz_type,
)
from ..models.ospp001_parameters_unionpay_wap_channel_type import (
    OSPP001ParametersUnionpayWapChannelType,
    check_ospp001_parameters_unionpay_wap_channel_type,
)
from ..models.ospp001_parameters_unionpay_wap_currency_code import (
    OSPP001ParametersUnionpayWapCurrencyCode,
    check_ospp001_parameters_unionpay_wap_currency_code,
)
from ..models.ospp001_parameters_unionpay_wap_sign_method import (
    OSPP001ParametersUnionpayWapSignMethod,
    check_ospp001_parameters_unionpay_wap_sign_method,
)
from ..models.ospp001_parameters_unionpay_wap_txn_type import (
    OSPP001ParametersUnionpayWapTxnType,
    check_ospp001_parameters_unionpay_wap_txn_type,
)
from ..models.ospp001_parameters_unionpay_wap_version import (
    OSPP001ParametersUnionpayWapVersion,
    check_ospp001_parameters_unionpay_wap_version,
)

T = TypeVar("T", bound="OSPP001ParametersUnionpayWap")


@_attrs_define
class OSPP001ParametersUnionpayWap:
    """parameters of paymentType UNIONPAY-WAP — the document gives UNIONPAY-GATEWAY and UNIONPAY-WAP one table (§6.1 '8)
    UNIONPAY-GATEWAY(银联网关支付)& UNIONPAY-WAP(银联手机wap支付)'); same keys as OSPP001ParametersUnionpayGateway. The document
    describes only some of the keys, so other keys may appear. Every value is text.

        Attributes:
            txn_type (OSPP001ParametersUnionpayWapTxnType): 交易类型: 取值：
                00：查询交易，01：消费，02：预授权，03：预授权完成，04：退货，05：圈存，11：代收，12：代付，13：账单支付，14：转账（保留），
                21：批量交易，22：批量查询，31：消费撤销，32：预授权撤销，33：预授权完成撤销，71：余额查询，72：实名认证-
                建立绑定关系，73：账单查询，74：解除绑定关系，75：查询绑定关系，77：发送短信验证码交易，78：开通查询交易，79：开通交易，94：IC卡脚本通知
            txn_sub_type (str): 交易子类: 依据实际交易类型填写。
            front_url (str): 前台通知地址: 将请求报文ReturnURL的值原样返回。
            channel_type (OSPP001ParametersUnionpayWapChannelType): 渠道类型: 07：互联网
            currency_code (OSPP001ParametersUnionpayWapCurrencyCode): 交易币种: 156：人民币
            mer_id (str): 商户代码
            txn_amt (str): 交易金额: 将请求报文OrderMoney的值原样返回。
            version (OSPP001ParametersUnionpayWapVersion): 版本号: 固定填写：5.0.0
            sign_method (OSPP001ParametersUnionpayWapSignMethod): 签名方法: 01：表示采用RSA
            signature (str): 签名
            back_url (str): 异步通知路径
            cert_id (str): 证书ID
            encoding (str): 编码方式
            biz_type (OSPP001ParametersUnionpayWapBizType): 产品类型: 取值： 000201：B2C网关支付；000301：无跳转（商户侧）；000302：评级支付；000401：代付；0
                00501：代收；000601：账单支付；000801：无跳转（机构侧）；000901：绑定支付；000902：Token支付；001001：订购；000202：B2B 除以上产品外其他接口默认送000000
            order_id (str): 商户订单号
            txn_time (str): 订单发送时间
            access_type (OSPP001ParametersUnionpayWapAccessType): 接入类型: 0: 商户直连接入
            req_reserved (str): 统一支付系统自定义域: 由统一支付生成，外部商户原样传给银联即可
    """

    txn_type: OSPP001ParametersUnionpayWapTxnType
    txn_sub_type: str
    front_url: str
    channel_type: OSPP001ParametersUnionpayWapChannelType
    currency_code: OSPP001ParametersUnionpayWapCurrencyCode
    mer_id: str
    txn_amt: str
    version: OSPP001ParametersUnionpayWapVersion
    sign_method: OSPP001ParametersUnionpayWapSignMethod
    signature: str
    back_url: str
    cert_id: str
    encoding: str
    biz_type: OSPP001ParametersUnionpayWapBizType
    order_id: str
    txn_time: str
    access_type: OSPP001ParametersUnionpayWapAccessType
    req_reserved: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txn_type: str = self.txn_type

        txn_sub_type = self.txn_sub_type

        front_url = self.front_url

        channel_type: str = self.channel_type

        currency_code: str = self.currency_code

        mer_id = self.mer_id

        txn_amt = self.txn_amt

        version: str = self.version

        sign_method: str = self.sign_method

        signature = self.signature

        back_url = self.back_url

        cert_id = self.cert_id

        encoding = self.encoding

        biz_type: str = self.biz_type

        order_id = self.order_id

        txn_time = self.txn_time

        access_type: str = self.access_type

        req_reserved = self.req_reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txnType": txn_type,
                "txnSubType": txn_sub_type,
                "frontUrl": front_url,
                "channelType": channel_type,
                "currencyCode": currency_code,
                "merId": mer_id,
                "txnAmt": txn_amt,
                "version": version,
                "signMethod": sign_method,
                "signature": signature,
                "backUrl": back_url,
                "certId": cert_id,
                "encoding": encoding,
                "bizType": biz_type,
                "orderId": order_id,
                "txnTime": txn_time,
                "accessType": access_type,
                "reqReserved": req_reserved,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        txn_type = check_ospp001_parameters_unionpay_wap_txn_type(d.pop("txnType"))

        txn_sub_type = d.pop("txnSubType")

        front_url = d.pop("frontUrl")

        channel_type = check_ospp001_parameters_unionpay_wap_channel_type(d.pop("channelType"))

        currency_code = check_ospp001_parameters_unionpay_wap_currency_code(d.pop("currencyCode"))

        mer_id = d.pop("merId")

        txn_amt = d.pop("txnAmt")

        version = check_ospp001_parameters_unionpay_wap_version(d.pop("version"))

        sign_method = check_ospp001_parameters_unionpay_wap_sign_method(d.pop("signMethod"))

        signature = d.pop("signature")

        back_url = d.pop("backUrl")

        cert_id = d.pop("certId")

        encoding = d.pop("encoding")

        biz_type = check_ospp001_parameters_unionpay_wap_biz_type(d.pop("bizType"))

        order_id = d.pop("orderId")

        txn_time = d.pop("txnTime")

        access_type = check_ospp001_parameters_unionpay_wap_access_type(d.pop("accessType"))

        req_reserved = d.pop("reqReserved")

        ospp001_parameters_unionpay_wap = cls(
            txn_type=txn_type,
            txn_sub_type=txn_sub_type,
            front_url=front_url,
            channel_type=channel_type,
            currency_code=currency_code,
            mer_id=mer_id,
            txn_amt=txn_amt,
            version=version,
            sign_method=sign_method,
            signature=signature,
            back_url=back_url,
            cert_id=cert_id,
            encoding=encoding,
            biz_type=biz_type,
            order_id=order_id,
            txn_time=txn_time,
            access_type=access_type,
            req_reserved=req_reserved,
        )

        ospp001_parameters_unionpay_wap.additional_properties = d
        return ospp001_parameters_unionpay_wap

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
