from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb017_activity_info_activity_type import (
    OSPB017ActivityInfoActivityType,
    check_ospb017_activity_info_activity_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017ActivityInfo")


@_attrs_define
class OSPB017ActivityInfo:
    """营销活动信息 (§3.1.14 subOrderList[].activityInfo)

    Attributes:
        activity_code (str): 营销活动编码: 当activityCode=3200600101001代表一级电渠的宽带优惠券打折活动
        activity_name (str): 营销活动名称
        activity_type (OSPB017ActivityInfoActivityType | Unset): 营销活动类型: 00：无优惠；01：优惠打折
        activity_desc (str | Unset): 营销活动描述: 当activityCode=3200600101001一级电渠会填写优惠券编号及相关活动描述
    """

    activity_code: str
    activity_name: str
    activity_type: OSPB017ActivityInfoActivityType | Unset = UNSET
    activity_desc: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        activity_code = self.activity_code

        activity_name = self.activity_name

        activity_type: str | Unset = UNSET
        if not isinstance(self.activity_type, Unset):
            activity_type = self.activity_type

        activity_desc = self.activity_desc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "activityCode": activity_code,
                "activityName": activity_name,
            }
        )
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if activity_desc is not UNSET:
            field_dict["activityDesc"] = activity_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        activity_code = d.pop("activityCode")

        activity_name = d.pop("activityName")

        _activity_type = d.pop("activityType", UNSET)
        activity_type: OSPB017ActivityInfoActivityType | Unset
        if isinstance(_activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = check_ospb017_activity_info_activity_type(_activity_type)

        activity_desc = d.pop("activityDesc", UNSET)

        ospb017_activity_info = cls(
            activity_code=activity_code,
            activity_name=activity_name,
            activity_type=activity_type,
            activity_desc=activity_desc,
        )

        return ospb017_activity_info
