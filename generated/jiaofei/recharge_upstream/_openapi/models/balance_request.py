from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceRequest")


@_attrs_define
class BalanceRequest:
    """
    Attributes:
        uid (str | Unset): 运营商 ID: 我方为上游运营商分配的唯一编号
    """

    uid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        uid = self.uid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if uid is not UNSET:
            field_dict["uid"] = uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uid = d.pop("uid", UNSET)

        balance_request = cls(
            uid=uid,
        )

        return balance_request
