from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="OSPP011Request")


@_attrs_define
class OSPP011Request:
    """个人代扣协议解约申请接口请求参数 (§6.9 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        contract_code (str): 签约协议号，商户侧与用户的签约协议号，由商户生成: 签约时，商户侧与用户的签约协议号
        ori_req_date (str): 原请求日期: 商户发起时签约时所使用的ReqDate
        unsign_notify_url (str): 解约异步结果通知地址
        contract_termination_remark (str): 解约原因
    """

    req_date: str
    req_trans_id: str
    req_time: str
    contract_code: str
    ori_req_date: str
    unsign_notify_url: str
    contract_termination_remark: str

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        contract_code = self.contract_code

        ori_req_date = self.ori_req_date

        unsign_notify_url = self.unsign_notify_url

        contract_termination_remark = self.contract_termination_remark

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "contractCode": contract_code,
                "oriReqDate": ori_req_date,
                "unsignNotifyUrl": unsign_notify_url,
                "contractTerminationRemark": contract_termination_remark,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        contract_code = d.pop("contractCode")

        ori_req_date = d.pop("oriReqDate")

        unsign_notify_url = d.pop("unsignNotifyUrl")

        contract_termination_remark = d.pop("contractTerminationRemark")

        ospp011_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            contract_code=contract_code,
            ori_req_date=ori_req_date,
            unsign_notify_url=unsign_notify_url,
            contract_termination_remark=contract_termination_remark,
        )

        return ospp011_request
