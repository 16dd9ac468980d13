from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_unified_order_response import CreateUnifiedOrderResponse


T = TypeVar("T", bound="CreateUnifiedOrderReplyEnvelope")


@_attrs_define
class CreateUnifiedOrderReplyEnvelope:
    """返回报文 (§3.2.2)

    Attributes:
        response (CreateUnifiedOrderResponse): 返回业务参数 (§3.2.2)
        sign (str): 签名摘要: sha256 over the sorted non-empty members of the inner object, lower-case hex (§4.1)
    """

    response: CreateUnifiedOrderResponse
    sign: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response.to_dict()

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "response": response,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_unified_order_response import CreateUnifiedOrderResponse  # noqa: PLC0415

        d = dict(src_dict)
        response = CreateUnifiedOrderResponse.from_dict(d.pop("response"))

        sign = d.pop("sign")

        create_unified_order_reply_envelope = cls(
            response=response,
            sign=sign,
        )

        create_unified_order_reply_envelope.additional_properties = d
        return create_unified_order_reply_envelope

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
