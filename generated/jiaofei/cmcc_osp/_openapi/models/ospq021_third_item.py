from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPQ021ThirdItem")


@_attrs_define
class OSPQ021ThirdItem:
    """三级科目条目信息 thirdBillMaterialInfo 的一项

    Attributes:
        third_items_name (str): 帐单三级科目条目名称: 三级科目条目名称
        third_items_value (str): 帐单三级科目条目值: 单位：分
    """

    third_items_name: str
    third_items_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        third_items_name = self.third_items_name

        third_items_value = self.third_items_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thirdItemsName": third_items_name,
                "thirdItemsValue": third_items_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        third_items_name = d.pop("thirdItemsName")

        third_items_value = d.pop("thirdItemsValue")

        ospq021_third_item = cls(
            third_items_name=third_items_name,
            third_items_value=third_items_value,
        )

        ospq021_third_item.additional_properties = d
        return ospq021_third_item

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
