from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.query_arrears_request import QueryArrearsRequest


T = TypeVar("T", bound="QueryArrearsRequestEnvelope")


@_attrs_define
class QueryArrearsRequestEnvelope:
    """请求报文 (§2.2.2)

    Attributes:
        request (QueryArrearsRequest): 请求业务参数 (§2.2.2)
    """

    request: QueryArrearsRequest

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
        from ..models.query_arrears_request import QueryArrearsRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = QueryArrearsRequest.from_dict(d.pop("request"))

        query_arrears_request_envelope = cls(
            request=request,
        )

        return query_arrears_request_envelope
