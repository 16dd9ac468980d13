from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.create_unified_order_request import CreateUnifiedOrderRequest


T = TypeVar("T", bound="CreateUnifiedOrderRequestEnvelope")


@_attrs_define
class CreateUnifiedOrderRequestEnvelope:
    """请求报文 (§3.2.2)

    Attributes:
        request (CreateUnifiedOrderRequest): 请求业务参数 (§3.2.2)
    """

    request: CreateUnifiedOrderRequest

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request": request,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_unified_order_request import CreateUnifiedOrderRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = CreateUnifiedOrderRequest.from_dict(d.pop("request"))

        create_unified_order_request_envelope = cls(
            request=request,
        )

        return create_unified_order_request_envelope
