from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq021_bill_material import OSPQ021BillMaterial


T = TypeVar("T", bound="OSPQ021BillRec")


@_attrs_define
class OSPQ021BillRec:
    """帐单信息 billRecs 的一项

    Attributes:
        in_bill (str): 帐单话费月份
        bill_cycle_start_date (datetime.date): 本月帐期的起始日: 用户帐期的起始日格式：YYYYMMDD
        bill_cycle_end_date (datetime.date): 本月帐期结束日: 用户帐期的结束日格式：YYYYMMDD
        toatl_bill (str): 帐单话费总额: 历史帐单时，为账户话费总额；实时帐单，为实时话费 单位：分
        bill_material (list[OSPQ021BillMaterial] | Unset): 帐单资料条目: 实时帐单时，只返回一级条目
    """

    in_bill: str
    bill_cycle_start_date: datetime.date
    bill_cycle_end_date: datetime.date
    toatl_bill: str
    bill_material: list[OSPQ021BillMaterial] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_bill = self.in_bill

        bill_cycle_start_date = self.bill_cycle_start_date.isoformat()

        bill_cycle_end_date = self.bill_cycle_end_date.isoformat()

        toatl_bill = self.toatl_bill

        bill_material: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bill_material, Unset):
            bill_material = []
            for bill_material_item_data in self.bill_material:
                bill_material_item = bill_material_item_data.to_dict()
                bill_material.append(bill_material_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inBill": in_bill,
                "billCycleStartDate": bill_cycle_start_date,
                "billCycleEndDate": bill_cycle_end_date,
                "toatlBill": toatl_bill,
            }
        )
        if bill_material is not UNSET:
            field_dict["billMaterial"] = bill_material

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq021_bill_material import OSPQ021BillMaterial  # noqa: PLC0415

        d = dict(src_dict)
        in_bill = d.pop("inBill")

        bill_cycle_start_date = datetime.date.fromisoformat(d.pop("billCycleStartDate"))

        bill_cycle_end_date = datetime.date.fromisoformat(d.pop("billCycleEndDate"))

        toatl_bill = d.pop("toatlBill")

        _bill_material = d.pop("billMaterial", UNSET)
        bill_material: list[OSPQ021BillMaterial] | Unset = UNSET
        if _bill_material is not UNSET:
            bill_material = []
            for bill_material_item_data in _bill_material:
                bill_material_item = OSPQ021BillMaterial.from_dict(bill_material_item_data)

                bill_material.append(bill_material_item)

        ospq021_bill_rec = cls(
            in_bill=in_bill,
            bill_cycle_start_date=bill_cycle_start_date,
            bill_cycle_end_date=bill_cycle_end_date,
            toatl_bill=toatl_bill,
            bill_material=bill_material,
        )

        ospq021_bill_rec.additional_properties = d
        return ospq021_bill_rec

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
