from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_resource import OSPQ017Resource


T = TypeVar("T", bound="OSPQ017InPlan")


@_attrs_define
class OSPQ017InPlan:
    """套餐余量信息查询 inPlanQry 的一项

    Attributes:
        plan_name (str | Unset): 套餐名称
        plan_id (str | Unset): 套餐id
        valid_date (datetime.datetime | Unset): 套餐生效时间: YYYYMMDDHH24MISS BizCode为0000时此字段必须返回
        out_date (datetime.datetime | Unset): 套餐失效时间: YYYYMMDDHH24MISS
        resources_info (list[OSPQ017Resource] | Unset): 套餐内资源信息查询
    """

    plan_name: str | Unset = UNSET
    plan_id: str | Unset = UNSET
    valid_date: datetime.datetime | Unset = UNSET
    out_date: datetime.datetime | Unset = UNSET
    resources_info: list[OSPQ017Resource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        plan_id = self.plan_id

        valid_date: str | Unset = UNSET
        if not isinstance(self.valid_date, Unset):
            valid_date = self.valid_date.isoformat()

        out_date: str | Unset = UNSET
        if not isinstance(self.out_date, Unset):
            out_date = self.out_date.isoformat()

        resources_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources_info, Unset):
            resources_info = []
            for resources_info_item_data in self.resources_info:
                resources_info_item = resources_info_item_data.to_dict()
                resources_info.append(resources_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_name is not UNSET:
            field_dict["planName"] = plan_name
        if plan_id is not UNSET:
            field_dict["planId"] = plan_id
        if valid_date is not UNSET:
            field_dict["validDate"] = valid_date
        if out_date is not UNSET:
            field_dict["outDate"] = out_date
        if resources_info is not UNSET:
            field_dict["resourcesInfo"] = resources_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_resource import OSPQ017Resource  # noqa: PLC0415

        d = dict(src_dict)
        plan_name = d.pop("planName", UNSET)

        plan_id = d.pop("planId", UNSET)

        _valid_date = d.pop("validDate", UNSET)
        valid_date: datetime.datetime | Unset
        if isinstance(_valid_date, Unset):
            valid_date = UNSET
        else:
            valid_date = datetime.datetime.fromisoformat(_valid_date)

        _out_date = d.pop("outDate", UNSET)
        out_date: datetime.datetime | Unset
        if isinstance(_out_date, Unset):
            out_date = UNSET
        else:
            out_date = datetime.datetime.fromisoformat(_out_date)

        _resources_info = d.pop("resourcesInfo", UNSET)
        resources_info: list[OSPQ017Resource] | Unset = UNSET
        if _resources_info is not UNSET:
            resources_info = []
            for resources_info_item_data in _resources_info:
                resources_info_item = OSPQ017Resource.from_dict(resources_info_item_data)

                resources_info.append(resources_info_item)

        ospq017_in_plan = cls(
            plan_name=plan_name,
            plan_id=plan_id,
            valid_date=valid_date,
            out_date=out_date,
            resources_info=resources_info,
        )

        ospq017_in_plan.additional_properties = d
        return ospq017_in_plan

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
