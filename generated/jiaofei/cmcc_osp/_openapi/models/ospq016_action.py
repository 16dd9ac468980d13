from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPQ016Action")


@_attrs_define
class OSPQ016Action:
    """营销活动名称 actionList 的一项

    Attributes:
        action_id (str): 营销活动: 营销活动唯一编码
        action_name (str): 营销活动名称
        action_desc (str): 营销活动描述
        action_eff_date (datetime.datetime): 营销活动生效时间: 生效时间YYYYMMDDHH24MISS
        action_exp_date (datetime.datetime): 营销活动失效时间: 失效时间YYYYMMDDHH24MISS
    """

    action_id: str
    action_name: str
    action_desc: str
    action_eff_date: datetime.datetime
    action_exp_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_id = self.action_id

        action_name = self.action_name

        action_desc = self.action_desc

        action_eff_date = self.action_eff_date.isoformat()

        action_exp_date = self.action_exp_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actionId": action_id,
                "actionName": action_name,
                "actionDesc": action_desc,
                "actionEffDate": action_eff_date,
                "actionExpDate": action_exp_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action_id = d.pop("actionId")

        action_name = d.pop("actionName")

        action_desc = d.pop("actionDesc")

        action_eff_date = datetime.datetime.fromisoformat(d.pop("actionEffDate"))

        action_exp_date = datetime.datetime.fromisoformat(d.pop("actionExpDate"))

        ospq016_action = cls(
            action_id=action_id,
            action_name=action_name,
            action_desc=action_desc,
            action_eff_date=action_eff_date,
            action_exp_date=action_exp_date,
        )

        ospq016_action.additional_properties = d
        return ospq016_action

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
