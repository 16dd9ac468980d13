from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.query_user_info_request import QueryUserInfoRequest


T = TypeVar("T", bound="QueryUserInfoRequestEnvelope")


@_attrs_define
class QueryUserInfoRequestEnvelope:
    """请求报文 (§2.1.2)

    Attributes:
        request (QueryUserInfoRequest): 请求业务参数 (§2.1.2)
    """

    request: QueryUserInfoRequest

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
        from ..models.query_user_info_request import QueryUserInfoRequest  # noqa: PLC0415

        d = dict(src_dict)
        request = QueryUserInfoRequest.from_dict(d.pop("request"))

        query_user_info_request_envelope = cls(
            request=request,
        )

        return query_user_info_request_envelope
