from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.query_payment_request import QueryPaymentRequest


T = TypeVar("T", bound="QueryPaymentRequestEnvelope")


@_attrs_define
class QueryPaymentRequestEnvelope:
    """请求报文 (§3.3.2)

    Attributes:
        request (QueryPaymentRequest): 请求业务参数 (§3.3.2)
    """

    request: QueryPaymentRequest

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
        from ..models.query_payment_request import QueryPaymentRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = QueryPaymentRequest.from_dict(d.pop("request"))

        query_payment_request_envelope = cls(
            request=request,
        )

        return query_payment_request_envelope
