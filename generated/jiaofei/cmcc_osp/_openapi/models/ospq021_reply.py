from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq021_reply_biz_code import OSPQ021ReplyBizCode, check_ospq021_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq021_bill_rec import OSPQ021BillRec


T = TypeVar("T", bound="OSPQ021Reply")


@_attrs_define
class OSPQ021Reply:
    """响应结果说明 (§4.20)

    Attributes:
        biz_code (OSPQ021ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        bill_recs (list[OSPQ021BillRec]): 帐单信息: 查询当前月份时，为实时账单信息；查询历史月份时，为历史账单信息
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。查询成功时返回。YYYYMMDDHH24MISS
    """

    biz_code: OSPQ021ReplyBizCode
    bill_recs: list[OSPQ021BillRec]
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        bill_recs = []
        for bill_recs_item_data in self.bill_recs:
            bill_recs_item = bill_recs_item_data.to_dict()
            bill_recs.append(bill_recs_item)

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "billRecs": bill_recs,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if opr_time is not UNSET:
            field_dict["oprTime"] = opr_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq021_bill_rec import OSPQ021BillRec  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq021_reply_biz_code(d.pop("bizCode"))

        bill_recs = []
        _bill_recs = d.pop("billRecs")
        for bill_recs_item_data in _bill_recs:
            bill_recs_item = OSPQ021BillRec.from_dict(bill_recs_item_data)

            bill_recs.append(bill_recs_item)

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        ospq021_reply = cls(
            biz_code=biz_code,
            bill_recs=bill_recs,
            biz_desc=biz_desc,
            opr_time=opr_time,
        )

        ospq021_reply.additional_properties = d
        return ospq021_reply

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
