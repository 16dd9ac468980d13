from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码

T = TypeVar("T", bound="OSPP009ReplyItem")


@_attrs_define
class OSPP009ReplyItem:
    """one payment order of the channel order (§6.7 响应结果说明)

    Attributes:
        payment_order_id (str): 支付单编码: 要查询的支付单编码
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 支付结果描述
    """

    payment_order_id: str
    result_code: 附录十五支付结果代码
    result_desc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_order_id = self.payment_order_id

        result_code: str = self.result_code

        result_desc = self.result_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentOrderId": payment_order_id,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payment_order_id = d.pop("paymentOrderId")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        ospp009_reply_item = cls(
            payment_order_id=payment_order_id,
            result_code=result_code,
            result_desc=result_desc,
        )

        ospp009_reply_item.additional_properties = d
        return ospp009_reply_item

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
