from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.pay_by_code_request import PayByCodeRequest


T = TypeVar("T", bound="PayByCodeRequestEnvelope")


@_attrs_define
class PayByCodeRequestEnvelope:
    """请求报文 (§3.1.2)

    Attributes:
        request (PayByCodeRequest): 请求业务参数 (§3.1.2)
    """

    request: PayByCodeRequest

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
        from ..models.pay_by_code_request import PayByCodeRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = PayByCodeRequest.from_dict(d.pop("request"))

        pay_by_code_request_envelope = cls(
            request=request,
        )

        return pay_by_code_request_envelope
