from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospc008_reply_biz_code import OSPC008ReplyBizCode, check_ospc008_reply_biz_code
from ..models.ospc008_reply_status import OSPC008ReplyStatus, check_ospc008_reply_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC008Reply")


@_attrs_define
class OSPC008Reply:
    """投诉工单查询 响应结果 (§5.8)

    Attributes:
        biz_code (OSPC008ReplyBizCode): 结果码: 1-查询成功;2-查询失败
        biz_desc (str | Unset): 结果描述
        req_id (str | Unset): 投诉工单编码: bizCode=1时必填
        status (OSPC008ReplyStatus | Unset): 投诉工单状态: 1—未派发; 2—已派发; 3—已回复; 4—已归档; 5—已退回。 bizCode=1时必填
        current_node (str | Unset): 当前环节: “编码-描述”形式
        staff (str | Unset): 处理人: “编码-描述”形式
        dept (str | Unset): 处理部门: “编码-描述”形式
        contact_phone (str | Unset): 处理人联系电话
    """

    biz_code: OSPC008ReplyBizCode
    biz_desc: str | Unset = UNSET
    req_id: str | Unset = UNSET
    status: OSPC008ReplyStatus | Unset = UNSET
    current_node: str | Unset = UNSET
    staff: str | Unset = UNSET
    dept: str | Unset = UNSET
    contact_phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        req_id = self.req_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        current_node = self.current_node

        staff = self.staff

        dept = self.dept

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if req_id is not UNSET:
            field_dict["reqId"] = req_id
        if status is not UNSET:
            field_dict["status"] = status
        if current_node is not UNSET:
            field_dict["currentNode"] = current_node
        if staff is not UNSET:
            field_dict["staff"] = staff
        if dept is not UNSET:
            field_dict["dept"] = dept
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospc008_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        req_id = d.pop("reqId", UNSET)

        _status = d.pop("status", UNSET)
        status: OSPC008ReplyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_ospc008_reply_status(_status)

        current_node = d.pop("currentNode", UNSET)

        staff = d.pop("staff", UNSET)

        dept = d.pop("dept", UNSET)

        contact_phone = d.pop("contactPhone", UNSET)

        ospc008_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
            req_id=req_id,
            status=status,
            current_node=current_node,
            staff=staff,
            dept=dept,
            contact_phone=contact_phone,
        )

        ospc008_reply.additional_properties = d
        return ospc008_reply

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
