from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.notify_arrears_payment_request import NotifyArrearsPaymentRequest


T = TypeVar("T", bound="NotifyArrearsPaymentRequestEnvelope")


@_attrs_define
class NotifyArrearsPaymentRequestEnvelope:
    """请求报文 (§2.4.2)

    Attributes:
        request (NotifyArrearsPaymentRequest): 请求业务参数 (§2.4.2)
    """

    request: NotifyArrearsPaymentRequest

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
        from ..models.notify_arrears_payment_request import NotifyArrearsPaymentRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = NotifyArrearsPaymentRequest.from_dict(d.pop("request"))

        notify_arrears_payment_request_envelope = cls(
            request=request,
        )

        return notify_arrears_payment_request_envelope
