from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ009PlatformError")


@_attrs_define
class OSPQ009PlatformError:
    """HTTP Status:400 的应答 (§4.8, §4.9, §4.10): 节点描述请参考4.1平台级错误CODE

    Attributes:
        resp_code (str): 平台级错误码
        resp_desc (str | Unset): 错误描述
    """

    resp_code: str
    resp_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resp_code = self.resp_code

        resp_desc = self.resp_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "respCode": resp_code,
            }
        )
        if resp_desc is not UNSET:
            field_dict["respDesc"] = resp_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resp_code = d.pop("respCode")

        resp_desc = d.pop("respDesc", UNSET)

        ospq009_platform_error = cls(
            resp_code=resp_code,
            resp_desc=resp_desc,
        )

        ospq009_platform_error.additional_properties = d
        return ospq009_platform_error

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
