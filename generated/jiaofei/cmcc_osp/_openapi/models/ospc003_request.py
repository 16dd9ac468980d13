from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospc003_request_is_qualified import (
    OSPC003RequestIsQualified,
    check_ospc003_request_is_qualified,
)
from ..models.ospc003_request_req_satisfaction import (
    OSPC003RequestReqSatisfaction,
    check_ospc003_request_req_satisfaction,
)
from ..models.ospc003_request_satisfaction import (
    OSPC003RequestSatisfaction,
    check_ospc003_request_satisfaction,
)

T = TypeVar("T", bound="OSPC003Request")


@_attrs_define
class OSPC003Request:
    """投诉工单归档 请求参数 (§5.3)

    Attributes:
        req_id (str): 投诉工单编码
        end_time (str): 归档时间: yyyyMMddHHmmss（GMT+8北京时间）
        comment (str): 归档意见
        staff (str): 归档人: “编码-描述”形式
        dept (str): 归档部门: “编码-描述”形式
        contact_phone (str): 归档人联系方式
        satisfaction (OSPC003RequestSatisfaction): 用户满意度: 01-满意；02-认可；03-不满意；04-未知
        req_satisfaction (OSPC003RequestReqSatisfaction): 工单满意度: 01-满意，02-认可，03-不满意
        is_qualified (OSPC003RequestIsQualified): 回单质量是否合格: 01-合格；02-不合格
    """

    req_id: str
    end_time: str
    comment: str
    staff: str
    dept: str
    contact_phone: str
    satisfaction: OSPC003RequestSatisfaction
    req_satisfaction: OSPC003RequestReqSatisfaction
    is_qualified: OSPC003RequestIsQualified

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        end_time = self.end_time

        comment = self.comment

        staff = self.staff

        dept = self.dept

        contact_phone = self.contact_phone

        satisfaction: str = self.satisfaction

        req_satisfaction: str = self.req_satisfaction

        is_qualified: str = self.is_qualified

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqId": req_id,
                "endTime": end_time,
                "comment": comment,
                "staff": staff,
                "dept": dept,
                "contactPhone": contact_phone,
                "satisfaction": satisfaction,
                "reqSatisfaction": req_satisfaction,
                "isQualified": is_qualified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_id = d.pop("reqId")

        end_time = d.pop("endTime")

        comment = d.pop("comment")

        staff = d.pop("staff")

        dept = d.pop("dept")

        contact_phone = d.pop("contactPhone")

        satisfaction = check_ospc003_request_satisfaction(d.pop("satisfaction"))

        req_satisfaction = check_ospc003_request_req_satisfaction(d.pop("reqSatisfaction"))

        is_qualified = check_ospc003_request_is_qualified(d.pop("isQualified"))

        ospc003_request = cls(
            req_id=req_id,
            end_time=end_time,
            comment=comment,
            staff=staff,
            dept=dept,
            contact_phone=contact_phone,
            satisfaction=satisfaction,
            req_satisfaction=req_satisfaction,
            is_qualified=is_qualified,
        )

        return ospc003_request
