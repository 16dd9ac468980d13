from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPQ013Address")


@_attrs_define
class OSPQ013Address:
    """地址信息列表 (§4.12 result)

    Attributes:
        address_id (str): 标准地址ID
        address_name (str): 地址名称
        detail_address (str): 地址拼装名称
    """

    address_id: str
    address_name: str
    detail_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        address_name = self.address_name

        detail_address = self.detail_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressId": address_id,
                "addressName": address_name,
                "detailAddress": detail_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address_id = d.pop("addressId")

        address_name = d.pop("addressName")

        detail_address = d.pop("detailAddress")

        ospq013_address = cls(
            address_id=address_id,
            address_name=address_name,
            detail_address=detail_address,
        )

        ospq013_address.additional_properties = d
        return ospq013_address

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
