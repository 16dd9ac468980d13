from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq022_point_type_point_type import (
    OSPQ022PointTypePointType,
    check_ospq022_point_type_point_type,
)

T = TypeVar("T", bound="OSPQ022PointType")


@_attrs_define
class OSPQ022PointType:
    """用户总积分类型明细信息 pointTypeInfo 的一项

    Attributes:
        point_type (OSPQ022PointTypePointType): 用户积分类型: 01：消费积分 02：促销积分
        point_sum (int): 积分值: 相同到期时间及类型的积分合并后总值
        validate_time (datetime.datetime): 有效期到期时间: YYYYMMDDHH24mmSS 有效期到期时间；对于入网未满6个月的用户，该节点为顺延后的有效期到期时间（省公司自行决定顺延时间）。
    """

    point_type: OSPQ022PointTypePointType
    point_sum: int
    validate_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        point_type: str = self.point_type

        point_sum = self.point_sum

        validate_time = self.validate_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pointType": point_type,
                "pointSum": point_sum,
                "validateTime": validate_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        point_type = check_ospq022_point_type_point_type(d.pop("pointType"))

        point_sum = d.pop("pointSum")

        validate_time = datetime.datetime.fromisoformat(d.pop("validateTime"))

        ospq022_point_type = cls(
            point_type=point_type,
            point_sum=point_sum,
            validate_time=validate_time,
        )

        ospq022_point_type.additional_properties = d
        return ospq022_point_type

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
