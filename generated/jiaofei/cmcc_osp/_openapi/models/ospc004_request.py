from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC004Request")


@_attrs_define
class OSPC004Request:
    """投诉工单退回 请求参数 (§5.4)

    Attributes:
        req_id (str): 投诉工单编码
        reject_time (str): 退回时间: yyyyMMddHHmmss（GMT+8北京时间）
        comment (str): 退回原因
        staff (str): 退回人: “编码-描述”形式
        dept (str): 退回部门: “编码-描述”形式
        contact_phone (str | Unset): 退回人联系电话
    """

    req_id: str
    reject_time: str
    comment: str
    staff: str
    dept: str
    contact_phone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        reject_time = self.reject_time

        comment = self.comment

        staff = self.staff

        dept = self.dept

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqId": req_id,
                "rejectTime": reject_time,
                "comment": comment,
                "staff": staff,
                "dept": dept,
            }
        )
        if contact_phone is not UNSET:
            field_dict["contactPhone"] = contact_phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_id = d.pop("reqId")

        reject_time = d.pop("rejectTime")

        comment = d.pop("comment")

        staff = d.pop("staff")

        dept = d.pop("dept")

        contact_phone = d.pop("contactPhone", UNSET)

        ospc004_request = cls(
            req_id=req_id,
            reject_time=reject_time,
            comment=comment,
            staff=staff,
            dept=dept,
            contact_phone=contact_phone,
        )

        return ospc004_request
