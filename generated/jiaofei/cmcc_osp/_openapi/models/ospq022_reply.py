from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq022_reply_biz_code import OSPQ022ReplyBizCode, check_ospq022_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq022_point_type import OSPQ022PointType


T = TypeVar("T", bound="OSPQ022Reply")


@_attrs_define
class OSPQ022Reply:
    """响应结果说明 (§4.21)

    Attributes:
        biz_code (OSPQ022ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        total_point (int): 用户总积分: 9位整数，0位小数；返回用户总积分；包含消费积分、促销回馈积分、冻结积分等。
        point_balance (int): 用户可用积分值: 9位整数,0位小数；只返回用户可使用的积分，即除去省BOSS系统预留或未激活的积分；包括消费积分+已生效的促销积分
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        point_type_info (list[OSPQ022PointType] | Unset): 用户总积分类型明细信息: 用户总积分类型明细信息；对于同一类型的积分明细，需要按照不同有效期进行合并返回
    """

    biz_code: OSPQ022ReplyBizCode
    total_point: int
    point_balance: int
    biz_desc: str | Unset = UNSET
    point_type_info: list[OSPQ022PointType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        total_point = self.total_point

        point_balance = self.point_balance

        biz_desc = self.biz_desc

        point_type_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_type_info, Unset):
            point_type_info = []
            for point_type_info_item_data in self.point_type_info:
                point_type_info_item = point_type_info_item_data.to_dict()
                point_type_info.append(point_type_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "totalPoint": total_point,
                "pointBalance": point_balance,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if point_type_info is not UNSET:
            field_dict["pointTypeInfo"] = point_type_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq022_point_type import OSPQ022PointType  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq022_reply_biz_code(d.pop("bizCode"))

        total_point = d.pop("totalPoint")

        point_balance = d.pop("pointBalance")

        biz_desc = d.pop("bizDesc", UNSET)

        _point_type_info = d.pop("pointTypeInfo", UNSET)
        point_type_info: list[OSPQ022PointType] | Unset = UNSET
        if _point_type_info is not UNSET:
            point_type_info = []
            for point_type_info_item_data in _point_type_info:
                point_type_info_item = OSPQ022PointType.from_dict(point_type_info_item_data)

                point_type_info.append(point_type_info_item)

        ospq022_reply = cls(
            biz_code=biz_code,
            total_point=total_point,
            point_balance=point_balance,
            biz_desc=biz_desc,
            point_type_info=point_type_info,
        )

        ospq022_reply.additional_properties = d
        return ospq022_reply

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
