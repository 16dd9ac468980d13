from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospb022_reply_biz_code import OSPB022ReplyBizCode, check_ospb022_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb022_coupon_data import OSPB022CouponData


T = TypeVar("T", bound="OSPB022Reply")


@_attrs_define
class OSPB022Reply:
    """卡券领取接口 响应结果 (§3.1.19)

    Attributes:
        biz_code (OSPB022ReplyBizCode): 结果码: 1-成功；2-失败
        biz_desc (str | Unset): 结果描述: 失败结果描述参见附录十六：领券结果代码
        data (OSPB022CouponData | Unset): 应答数据 (§3.1.19 data)
    """

    biz_code: OSPB022ReplyBizCode
    biz_desc: str | Unset = UNSET
    data: OSPB022CouponData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb022_coupon_data import OSPB022CouponData  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospb022_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _data = d.pop("data", UNSET)
        data: OSPB022CouponData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = OSPB022CouponData.from_dict(_data)

        ospb022_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            data=data,
        )

        ospb022_reply.additional_properties = d
        return ospb022_reply

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
