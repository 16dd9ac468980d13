from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC007Request")


@_attrs_define
class OSPC007Request:
    """投诉工单催办 请求参数 (§5.7)

    Attributes:
        req_id (str): 投诉工单编码
        comment (str): 催办意见
        staff (str): 操作人: “编码-描述”形式
        dept (str): 操作部门: “编码-描述”形式
        contact_phone (str | Unset): 操作人联系电话
    """

    req_id: str
    comment: str
    staff: str
    dept: str
    contact_phone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        comment = self.comment

        staff = self.staff

        dept = self.dept

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqId": req_id,
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

        comment = d.pop("comment")

        staff = d.pop("staff")

        dept = d.pop("dept")

        contact_phone = d.pop("contactPhone", UNSET)

        ospc007_request = cls(
            req_id=req_id,
            comment=comment,
            staff=staff,
            dept=dept,
            contact_phone=contact_phone,
        )

        return ospc007_request
