from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq016_reply_biz_code import OSPQ016ReplyBizCode, check_ospq016_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq016_biz_info import OSPQ016BizInfo


T = TypeVar("T", bound="OSPQ016Reply")


@_attrs_define
class OSPQ016Reply:
    """响应结果说明 (§4.15)

    Attributes:
        biz_code (OSPQ016ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        biz_desc (str | Unset): 错误描述信息: 错误描述信息
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。查询成功时返回。
        biz_info_list (list[OSPQ016BizInfo] | Unset): 业务信息
    """

    biz_code: OSPQ016ReplyBizCode
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    biz_info_list: list[OSPQ016BizInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        biz_info_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.biz_info_list, Unset):
            biz_info_list = []
            for biz_info_list_item_data in self.biz_info_list:
                biz_info_list_item = biz_info_list_item_data.to_dict()
                biz_info_list.append(biz_info_list_item)

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
        if biz_info_list is not UNSET:
            field_dict["bizInfoList"] = biz_info_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq016_biz_info import OSPQ016BizInfo  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq016_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        _biz_info_list = d.pop("bizInfoList", UNSET)
        biz_info_list: list[OSPQ016BizInfo] | Unset = UNSET
        if _biz_info_list is not UNSET:
            biz_info_list = []
            for biz_info_list_item_data in _biz_info_list:
                biz_info_list_item = OSPQ016BizInfo.from_dict(biz_info_list_item_data)

                biz_info_list.append(biz_info_list_item)

        ospq016_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            opr_time=opr_time,
            biz_info_list=biz_info_list,
        )

        ospq016_reply.additional_properties = d
        return ospq016_reply

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
