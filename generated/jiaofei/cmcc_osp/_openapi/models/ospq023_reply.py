from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq023_reply_biz_code import OSPQ023ReplyBizCode, check_ospq023_reply_biz_code
from ..models.附录七渠道编码 import check_附录七渠道编码, 附录七渠道编码
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq023_point_qry_rec import OSPQ023PointQryRec


T = TypeVar("T", bound="OSPQ023Reply")


@_attrs_define
class OSPQ023Reply:
    """响应结果说明 (§4.22)

    Attributes:
        biz_code (OSPQ023ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        channel_id (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称 column verbatim and,
            from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and 999
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        point_qry_rec (list[OSPQ023PointQryRec] | Unset): 收支明细
    """

    biz_code: OSPQ023ReplyBizCode
    channel_id: 附录七渠道编码
    biz_desc: str | Unset = UNSET
    point_qry_rec: list[OSPQ023PointQryRec] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        channel_id: str = self.channel_id

        biz_desc = self.biz_desc

        point_qry_rec: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_qry_rec, Unset):
            point_qry_rec = []
            for point_qry_rec_item_data in self.point_qry_rec:
                point_qry_rec_item = point_qry_rec_item_data.to_dict()
                point_qry_rec.append(point_qry_rec_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "channelId": channel_id,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if point_qry_rec is not UNSET:
            field_dict["pointQryRec"] = point_qry_rec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq023_point_qry_rec import OSPQ023PointQryRec  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq023_reply_biz_code(d.pop("bizCode"))

        channel_id = check_附录七渠道编码(d.pop("channelId"))

        biz_desc = d.pop("bizDesc", UNSET)

        _point_qry_rec = d.pop("pointQryRec", UNSET)
        point_qry_rec: list[OSPQ023PointQryRec] | Unset = UNSET
        if _point_qry_rec is not UNSET:
            point_qry_rec = []
            for point_qry_rec_item_data in _point_qry_rec:
                point_qry_rec_item = OSPQ023PointQryRec.from_dict(point_qry_rec_item_data)

                point_qry_rec.append(point_qry_rec_item)

        ospq023_reply = cls(
            biz_code=biz_code,
            channel_id=channel_id,
            biz_desc=biz_desc,
            point_qry_rec=point_qry_rec,
        )

        ospq023_reply.additional_properties = d
        return ospq023_reply

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
