from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospc003_reply_biz_code import OSPC003ReplyBizCode, check_ospc003_reply_biz_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC003Reply")


@_attrs_define
class OSPC003Reply:
    """投诉工单归档 响应结果 (§5.3)

    Attributes:
        biz_code (OSPC003ReplyBizCode): 结果码: 1-同步成功；2-同步失败
        biz_desc (str | Unset): 结果描述
    """

    biz_code: OSPC003ReplyBizCode
    biz_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospc003_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospc003_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
        )

        ospc003_reply.additional_properties = d
        return ospc003_reply

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
