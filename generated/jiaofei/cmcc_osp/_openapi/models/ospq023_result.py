from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq023_result_release_point_type import (
    OSPQ023ResultReleasePointType,
    check_ospq023_result_release_point_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ023Result")


@_attrs_define
class OSPQ023Result:
    """积分累计明细查询用户资料信息 resultList 的一项

    Attributes:
        release_time (datetime.datetime): 发放时间: YYYYMMDDHH24mmSS
        release_point_type (OSPQ023ResultReleasePointType): 发放的积分类型: 01-消费积分 02-促销积分
        release_point (int): 发放的积分值
        comments (str): 发放说明: 发放说明或促销活动描述 例如：“5.17电信日活动促销积分”，“1月消费积分”等等
        validate_time (datetime.datetime | Unset): 有效期到期时间: YYYYMMDDHH24mmSS
    """

    release_time: datetime.datetime
    release_point_type: OSPQ023ResultReleasePointType
    release_point: int
    comments: str
    validate_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_time = self.release_time.isoformat()

        release_point_type: str = self.release_point_type

        release_point = self.release_point

        comments = self.comments

        validate_time: str | Unset = UNSET
        if not isinstance(self.validate_time, Unset):
            validate_time = self.validate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "releaseTime": release_time,
                "releasePointType": release_point_type,
                "releasePoint": release_point,
                "comments": comments,
            }
        )
        if validate_time is not UNSET:
            field_dict["validateTime"] = validate_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release_time = datetime.datetime.fromisoformat(d.pop("releaseTime"))

        release_point_type = check_ospq023_result_release_point_type(d.pop("releasePointType"))

        release_point = d.pop("releasePoint")

        comments = d.pop("comments")

        _validate_time = d.pop("validateTime", UNSET)
        validate_time: datetime.datetime | Unset
        if isinstance(_validate_time, Unset):
            validate_time = UNSET
        else:
            validate_time = datetime.datetime.fromisoformat(_validate_time)

        ospq023_result = cls(
            release_time=release_time,
            release_point_type=release_point_type,
            release_point=release_point,
            comments=comments,
            validate_time=validate_time,
        )

        ospq023_result.additional_properties = d
        return ospq023_result

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
