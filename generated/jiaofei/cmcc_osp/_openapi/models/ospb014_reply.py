from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospb014_reply_biz_code import OSPB014ReplyBizCode, check_ospb014_reply_biz_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB014Reply")


@_attrs_define
class OSPB014Reply:
    """统一退订接口 响应结果 (§3.1.11)

    Attributes:
        biz_code (OSPB014ReplyBizCode): 统一退订结果: 1：成功、2：失败
        biz_desc (str | Unset): 结果描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: YYYYMMDDHH24MISS
    """

    biz_code: OSPB014ReplyBizCode
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if opr_time is not UNSET:
            field_dict["oprTime"] = opr_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospb014_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        ospb014_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            opr_time=opr_time,
        )

        ospb014_reply.additional_properties = d
        return ospb014_reply

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
