from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq021_third_item import OSPQ021ThirdItem


T = TypeVar("T", bound="OSPQ021BillMaterial")


@_attrs_define
class OSPQ021BillMaterial:
    """帐单资料条目 billMaterial 的一项

    Attributes:
        bill_entries (str): 帐单条目编码: 参见附录N:帐单条目编码 要求按帐单条目全集正序返回，帐单金额可以为0
        bill_entries_value (str): 帐单条目值: 单位：分。
        third_bill_material_info (list[OSPQ021ThirdItem] | Unset): 三级科目条目信息
    """

    bill_entries: str
    bill_entries_value: str
    third_bill_material_info: list[OSPQ021ThirdItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bill_entries = self.bill_entries

        bill_entries_value = self.bill_entries_value

        third_bill_material_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.third_bill_material_info, Unset):
            third_bill_material_info = []
            for third_bill_material_info_item_data in self.third_bill_material_info:
                third_bill_material_info_item = third_bill_material_info_item_data.to_dict()
                third_bill_material_info.append(third_bill_material_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billEntries": bill_entries,
                "billEntriesValue": bill_entries_value,
            }
        )
        if third_bill_material_info is not UNSET:
            field_dict["thirdBillMaterialInfo"] = third_bill_material_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq021_third_item import OSPQ021ThirdItem  # noqa: PLC0415

        d = dict(src_dict)
        bill_entries = d.pop("billEntries")

        bill_entries_value = d.pop("billEntriesValue")

        _third_bill_material_info = d.pop("thirdBillMaterialInfo", UNSET)
        third_bill_material_info: list[OSPQ021ThirdItem] | Unset = UNSET
        if _third_bill_material_info is not UNSET:
            third_bill_material_info = []
            for third_bill_material_info_item_data in _third_bill_material_info:
                third_bill_material_info_item = OSPQ021ThirdItem.from_dict(
                    third_bill_material_info_item_data
                )

                third_bill_material_info.append(third_bill_material_info_item)

        ospq021_bill_material = cls(
            bill_entries=bill_entries,
            bill_entries_value=bill_entries_value,
            third_bill_material_info=third_bill_material_info,
        )

        ospq021_bill_material.additional_properties = d
        return ospq021_bill_material

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
