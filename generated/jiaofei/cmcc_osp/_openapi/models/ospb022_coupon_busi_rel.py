from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPB022CouponBusiRel")


@_attrs_define
class OSPB022CouponBusiRel:
    """关联活动列表 (§3.1.19 data.pCardBusiRelList[])

    Attributes:
        busi_act_id (str): 业务活动编码
        busi_type (str): 品类编码
    """

    busi_act_id: str
    busi_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        busi_act_id = self.busi_act_id

        busi_type = self.busi_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "busiActId": busi_act_id,
                "busiType": busi_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        busi_act_id = d.pop("busiActId")

        busi_type = d.pop("busiType")

        ospb022_coupon_busi_rel = cls(
            busi_act_id=busi_act_id,
            busi_type=busi_type,
        )

        ospb022_coupon_busi_rel.additional_properties = d
        return ospb022_coupon_busi_rel

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
