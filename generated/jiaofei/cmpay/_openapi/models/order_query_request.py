from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.order_query_request_sign_type import (
    OrderQueryRequestSignType,
    check_order_query_request_sign_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryRequest")


@_attrs_define
class OrderQueryRequest:
    """提交参数 (§6.3 列表)

    Attributes:
        order_id (str): 商户订单号: 需要查询的商户订单号
        merchant_id (str | Unset): 商户编号: 和包平台给商户分配的唯一标识
        request_id (str | Unset): 商户请求号: 商户请求的交易流水号,需要唯一
        sign_type (OrderQueryRequestSignType | Unset): 签名方式: 只能是 MD5, RSA
        type_ (Literal['OrderQuery'] | Unset): 接口类型: OrderQuery
        version (Literal['2.0.0'] | Unset): 版本号: 2.0.0
        merchant_cert (str | Unset): 商户证书公钥: 不参与签名;如果 signType=RSA ,此项必输
    """

    order_id: str
    merchant_id: str | Unset = UNSET
    request_id: str | Unset = UNSET
    sign_type: OrderQueryRequestSignType | Unset = UNSET
    type_: Literal["OrderQuery"] | Unset = UNSET
    version: Literal["2.0.0"] | Unset = UNSET
    merchant_cert: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        merchant_id = self.merchant_id

        request_id = self.request_id

        sign_type: str | Unset = UNSET
        if not isinstance(self.sign_type, Unset):
            sign_type = self.sign_type

        type_ = self.type_

        version = self.version

        merchant_cert = self.merchant_cert

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "orderId": order_id,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if sign_type is not UNSET:
            field_dict["signType"] = sign_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if merchant_cert is not UNSET:
            field_dict["merchantCert"] = merchant_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        merchant_id = d.pop("merchantId", UNSET)

        request_id = d.pop("requestId", UNSET)

        _sign_type = d.pop("signType", UNSET)
        sign_type: OrderQueryRequestSignType | Unset
        if isinstance(_sign_type, Unset):
            sign_type = UNSET
        else:
            sign_type = check_order_query_request_sign_type(_sign_type)

        type_ = cast(Literal["OrderQuery"] | Unset, d.pop("type", UNSET))
        if type_ != "OrderQuery" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'OrderQuery', got '{type_}'")

        version = cast(Literal["2.0.0"] | Unset, d.pop("version", UNSET))
        if version != "2.0.0" and not isinstance(version, Unset):
            raise ValueError(f"version must match const '2.0.0', got '{version}'")

        merchant_cert = d.pop("merchantCert", UNSET)

        order_query_request = cls(
            order_id=order_id,
            merchant_id=merchant_id,
            request_id=request_id,
            sign_type=sign_type,
            type_=type_,
            version=version,
            merchant_cert=merchant_cert,
        )

        return order_query_request
