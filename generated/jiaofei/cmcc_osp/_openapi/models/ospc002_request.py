from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospc002_request_is_fact import OSPC002RequestIsFact, check_ospc002_request_is_fact
from ..models.ospc002_request_is_normal import (
    OSPC002RequestIsNormal,
    check_ospc002_request_is_normal,
)
from ..models.ospc002_request_is_regualted import (
    OSPC002RequestIsRegualted,
    check_ospc002_request_is_regualted,
)
from ..models.ospc002_request_is_return_fee import (
    OSPC002RequestIsReturnFee,
    check_ospc002_request_is_return_fee,
)
from ..models.ospc002_request_is_solved import (
    OSPC002RequestIsSolved,
    check_ospc002_request_is_solved,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC002Request")


@_attrs_define
class OSPC002Request:
    """投诉工单反馈 请求参数 (§5.2)

    Attributes:
        req_id (str): 投诉工单编码
        feedback_time (str): 投诉工单反馈时间: yyyyMMddHHmmss（GMT+8北京时间）
        result (str): 投诉处理结果
        is_fact (OSPC002RequestIsFact): 投诉是否属实: 描述客户反映的问题和情节是否属实（是：1 否：0）
        is_normal (OSPC002RequestIsNormal): 业务使用是否正常: 明确答复客户业务使用是否正常（是：1 否：0）
        reason (str): 投诉原因: 明确客户投诉产生原因
        solution (str): 投诉解决方案: 提供投诉解决方案
        is_return_fee (OSPC002RequestIsReturnFee): 是否退费: 明确答复客户是否退费（是：1 否：0）
        is_regualted (OSPC002RequestIsRegualted): 是否违规: 明确告知客户是否违规（是：1 否：0）
        is_solved (OSPC002RequestIsSolved): 故障是否恢复正常: 告知客户故障是否恢复正常（是：1 否：0）
        staff (str | Unset): 处理员工: “员工ID#员工姓名”形式，如：B123C#张三
        dept (str | Unset): 处理部门: “部门ID#部门名称”形式，如：B123C#客服部
        contact_phone (str | Unset): 处理人联系方式
    """

    req_id: str
    feedback_time: str
    result: str
    is_fact: OSPC002RequestIsFact
    is_normal: OSPC002RequestIsNormal
    reason: str
    solution: str
    is_return_fee: OSPC002RequestIsReturnFee
    is_regualted: OSPC002RequestIsRegualted
    is_solved: OSPC002RequestIsSolved
    staff: str | Unset = UNSET
    dept: str | Unset = UNSET
    contact_phone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        feedback_time = self.feedback_time

        result = self.result

        is_fact: str = self.is_fact

        is_normal: str = self.is_normal

        reason = self.reason

        solution = self.solution

        is_return_fee: str = self.is_return_fee

        is_regualted: str = self.is_regualted

        is_solved: str = self.is_solved

        staff = self.staff

        dept = self.dept

        contact_phone = self.contact_phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqId": req_id,
                "feedbackTime": feedback_time,
                "result": result,
                "isFact": is_fact,
                "isNormal": is_normal,
                "reason": reason,
                "solution": solution,
                "isReturnFee": is_return_fee,
                "isRegualted": is_regualted,
                "isSolved": is_solved,
            }
        )
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
        req_id = d.pop("reqId")

        feedback_time = d.pop("feedbackTime")

        result = d.pop("result")

        is_fact = check_ospc002_request_is_fact(d.pop("isFact"))

        is_normal = check_ospc002_request_is_normal(d.pop("isNormal"))

        reason = d.pop("reason")

        solution = d.pop("solution")

        is_return_fee = check_ospc002_request_is_return_fee(d.pop("isReturnFee"))

        is_regualted = check_ospc002_request_is_regualted(d.pop("isRegualted"))

        is_solved = check_ospc002_request_is_solved(d.pop("isSolved"))

        staff = d.pop("staff", UNSET)

        dept = d.pop("dept", UNSET)

        contact_phone = d.pop("contactPhone", UNSET)

        ospc002_request = cls(
            req_id=req_id,
            feedback_time=feedback_time,
            result=result,
            is_fact=is_fact,
            is_normal=is_normal,
            reason=reason,
            solution=solution,
            is_return_fee=is_return_fee,
            is_regualted=is_regualted,
            is_solved=is_solved,
            staff=staff,
            dept=dept,
            contact_phone=contact_phone,
        )

        return ospc002_request
