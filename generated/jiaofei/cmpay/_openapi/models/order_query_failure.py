from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_query_failure_sign_type import (
    OrderQueryFailureSignType,
    check_order_query_failure_sign_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderQueryFailure")


@_attrs_define
class OrderQueryFailure:
    """A reply for a rejected query: returnCode is one of the §8.2 codes (anything but 000000) and message explains it. The
    other §7.2 fields may accompany it.

        Attributes:
            return_code (str): 返回码: 000000 = 请求成功 (§7.2); 其他为 §8.2 常见错误码对照表 (错误码 / 描述)
            message (str): 返回码描述信息: 返回码信息提示
            merchant_id (str | Unset): 商户编号: 和包平台给商户分配的唯一标识
            sign_type (OrderQueryFailureSignType | Unset): 签名方式: 只能是 MD5 或者 RSA
            type_ (Literal['OrderQuery'] | Unset): 接口类型: OrderQuery
            version (Literal['2.0.0'] | Unset): 版本号: 2.0.0
            hmac (str | Unset): 签名数据: 以上请求参数生成的签名串,获得 hmac 的方法
    """

    return_code: str
    message: str
    merchant_id: str | Unset = UNSET
    sign_type: OrderQueryFailureSignType | Unset = UNSET
    type_: Literal["OrderQuery"] | Unset = UNSET
    version: Literal["2.0.0"] | Unset = UNSET
    hmac: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_code = self.return_code

        message = self.message

        merchant_id = self.merchant_id

        sign_type: str | Unset = UNSET
        if not isinstance(self.sign_type, Unset):
            sign_type = self.sign_type

        type_ = self.type_

        version = self.version

        hmac = self.hmac

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "returnCode": return_code,
                "message": message,
            }
        )
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if sign_type is not UNSET:
            field_dict["signType"] = sign_type
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version
        if hmac is not UNSET:
            field_dict["hmac"] = hmac

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        return_code = d.pop("returnCode")

        message = d.pop("message")

        merchant_id = d.pop("merchantId", UNSET)

        _sign_type = d.pop("signType", UNSET)
        sign_type: OrderQueryFailureSignType | Unset
        if isinstance(_sign_type, Unset):
            sign_type = UNSET
        else:
            sign_type = check_order_query_failure_sign_type(_sign_type)

        type_ = cast(Literal["OrderQuery"] | Unset, d.pop("type", UNSET))
        if type_ != "OrderQuery" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'OrderQuery', got '{type_}'")

        version = cast(Literal["2.0.0"] | Unset, d.pop("version", UNSET))
        if version != "2.0.0" and not isinstance(version, Unset):
            raise ValueError(f"version must match const '2.0.0', got '{version}'")

        hmac = d.pop("hmac", UNSET)

        order_query_failure = cls(
            return_code=return_code,
            message=message,
            merchant_id=merchant_id,
            sign_type=sign_type,
            type_=type_,
            version=version,
            hmac=hmac,
        )

        order_query_failure.additional_properties = d
        return order_query_failure

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
