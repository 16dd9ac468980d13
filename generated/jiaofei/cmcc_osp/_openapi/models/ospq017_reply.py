from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq017_reply_biz_code import OSPQ017ReplyBizCode, check_ospq017_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_out_plan import OSPQ017OutPlan
    from ..models.ospq017_package import OSPQ017Package


T = TypeVar("T", bound="OSPQ017Reply")


@_attrs_define
class OSPQ017Reply:
    """响应结果说明 (§4.16)

    Attributes:
        biz_code (OSPQ017ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。YYYYMMDDHH24MISS
        package_list (list[OSPQ017Package] | Unset): 套餐资源查询
        out_plan_qry (list[OSPQ017OutPlan] | Unset): 套餐外计费资源信息
    """

    biz_code: OSPQ017ReplyBizCode
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    package_list: list[OSPQ017Package] | Unset = UNSET
    out_plan_qry: list[OSPQ017OutPlan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        package_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_list, Unset):
            package_list = []
            for package_list_item_data in self.package_list:
                package_list_item = package_list_item_data.to_dict()
                package_list.append(package_list_item)

        out_plan_qry: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.out_plan_qry, Unset):
            out_plan_qry = []
            for out_plan_qry_item_data in self.out_plan_qry:
                out_plan_qry_item = out_plan_qry_item_data.to_dict()
                out_plan_qry.append(out_plan_qry_item)

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
        if package_list is not UNSET:
            field_dict["packageList"] = package_list
        if out_plan_qry is not UNSET:
            field_dict["outPlanQry"] = out_plan_qry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_out_plan import OSPQ017OutPlan  # noqa: PLC0415
        from ..models.ospq017_package import OSPQ017Package  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq017_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        _package_list = d.pop("packageList", UNSET)
        package_list: list[OSPQ017Package] | Unset = UNSET
        if _package_list is not UNSET:
            package_list = []
            for package_list_item_data in _package_list:
                package_list_item = OSPQ017Package.from_dict(package_list_item_data)

                package_list.append(package_list_item)

        _out_plan_qry = d.pop("outPlanQry", UNSET)
        out_plan_qry: list[OSPQ017OutPlan] | Unset = UNSET
        if _out_plan_qry is not UNSET:
            out_plan_qry = []
            for out_plan_qry_item_data in _out_plan_qry:
                out_plan_qry_item = OSPQ017OutPlan.from_dict(out_plan_qry_item_data)

                out_plan_qry.append(out_plan_qry_item)

        ospq017_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            opr_time=opr_time,
            package_list=package_list,
            out_plan_qry=out_plan_qry,
        )

        ospq017_reply.additional_properties = d
        return ospq017_reply

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
