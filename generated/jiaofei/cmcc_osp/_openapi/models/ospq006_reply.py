from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq006_reply_biz_code import OSPQ006ReplyBizCode, check_ospq006_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq006_uni_qry_rec import OSPQ006UniQryRec


T = TypeVar("T", bound="OSPQ006Reply")


@_attrs_define
class OSPQ006Reply:
    """响应结果说明 (§4.5)

    Attributes:
        biz_code (OSPQ006ReplyBizCode): 统一查询结果: 1：成功、2：失败
        biz_desc (str | Unset): 结果描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。查询成功时返回。YYYYMMDDHH24MISS
        uni_qry_rec_list (list[OSPQ006UniQryRec] | Unset): 业务信息: 成功时返回用户信息
    """

    biz_code: OSPQ006ReplyBizCode
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    uni_qry_rec_list: list[OSPQ006UniQryRec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        uni_qry_rec_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uni_qry_rec_list, Unset):
            uni_qry_rec_list = []
            for uni_qry_rec_list_item_data in self.uni_qry_rec_list:
                uni_qry_rec_list_item = uni_qry_rec_list_item_data.to_dict()
                uni_qry_rec_list.append(uni_qry_rec_list_item)

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
        if uni_qry_rec_list is not UNSET:
            field_dict["uniQryRecList"] = uni_qry_rec_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq006_uni_qry_rec import OSPQ006UniQryRec  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq006_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        _uni_qry_rec_list = d.pop("uniQryRecList", UNSET)
        uni_qry_rec_list: list[OSPQ006UniQryRec] | Unset = UNSET
        if _uni_qry_rec_list is not UNSET:
            uni_qry_rec_list = []
            for uni_qry_rec_list_item_data in _uni_qry_rec_list:
                uni_qry_rec_list_item = OSPQ006UniQryRec.from_dict(uni_qry_rec_list_item_data)

                uni_qry_rec_list.append(uni_qry_rec_list_item)

        ospq006_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            opr_time=opr_time,
            uni_qry_rec_list=uni_qry_rec_list,
        )

        ospq006_reply.additional_properties = d
        return ospq006_reply

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
