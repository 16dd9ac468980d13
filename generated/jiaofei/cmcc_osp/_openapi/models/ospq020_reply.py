from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq020_reply_biz_code import OSPQ020ReplyBizCode, check_ospq020_reply_biz_code
from ..models.附录九用户星级编码 import check_附录九用户星级编码, 附录九用户星级编码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ020Reply")


@_attrs_define
class OSPQ020Reply:
    """响应结果说明 (§4.19)

    Attributes:
        biz_code (OSPQ020ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        star_level (附录九用户星级编码): 用户星级编码: 用户星级；表列 编码 / 说明
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。查询成功时返回。
    """

    biz_code: OSPQ020ReplyBizCode
    star_level: 附录九用户星级编码
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        star_level: str = self.star_level

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "starLevel": star_level,
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
        biz_code = check_ospq020_reply_biz_code(d.pop("bizCode"))

        star_level = check_附录九用户星级编码(d.pop("starLevel"))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        ospq020_reply = cls(
            biz_code=biz_code,
            star_level=star_level,
            biz_desc=biz_desc,
            opr_time=opr_time,
        )

        ospq020_reply.additional_properties = d
        return ospq020_reply

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
