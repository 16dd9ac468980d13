from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.notify_recharge_payment_request import NotifyRechargePaymentRequest


T = TypeVar("T", bound="NotifyRechargePaymentRequestEnvelope")


@_attrs_define
class NotifyRechargePaymentRequestEnvelope:
    """请求报文 (§2.3.2)

    Attributes:
        request (NotifyRechargePaymentRequest): 请求业务参数 (§2.3.2)
    """

    request: NotifyRechargePaymentRequest

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
        from ..models.notify_recharge_payment_request import NotifyRechargePaymentRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = NotifyRechargePaymentRequest.from_dict(d.pop("request"))

        notify_recharge_payment_request_envelope = cls(
            request=request,
        )

        return notify_recharge_payment_request_envelope
