from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rsp_code_取值 import RspCode取值, check_rsp_code_取值

T = TypeVar("T", bound="OSPP004Reply")


@_attrs_define
class OSPP004Reply:
    """退款请求接口响应结果 (§6.4 响应结果说明)

    Attributes:
        rcv_date (datetime.date): 接收方交易日期: 取值格式为YYYYMMDD。接收方系统日期，基于接收方系统本地时间。
        rcv_trans_id (str): 接收方交易流水号: 接收方确保该字段的当日唯一性
        rcv_time (datetime.datetime): 接收方时间戳: 接收方处理请求的时间（基于接收方系统时间），格式为YYYYMMDDHHmmSS
        resp_code (RspCode取值): 应答/错误代码: respCode / rspCode (表示通信状态) 的取值；表列 编码 / 含义
        rsp_desc (str): 应答/错误描述: 表示通信状态描述；
    """

    rcv_date: datetime.date
    rcv_trans_id: str
    rcv_time: datetime.datetime
    resp_code: RspCode取值
    rsp_desc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rcv_date = self.rcv_date.isoformat()

        rcv_trans_id = self.rcv_trans_id

        rcv_time = self.rcv_time.isoformat()

        resp_code: str = self.resp_code

        rsp_desc = self.rsp_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcvDate": rcv_date,
                "rcvTransId": rcv_trans_id,
                "rcvTime": rcv_time,
                "respCode": resp_code,
                "rspDesc": rsp_desc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rcv_date = datetime.date.fromisoformat(d.pop("rcvDate"))

        rcv_trans_id = d.pop("rcvTransId")

        rcv_time = datetime.datetime.fromisoformat(d.pop("rcvTime"))

        resp_code = check_rsp_code_取值(d.pop("respCode"))

        rsp_desc = d.pop("rspDesc")

        ospp004_reply = cls(
            rcv_date=rcv_date,
            rcv_trans_id=rcv_trans_id,
            rcv_time=rcv_time,
            resp_code=resp_code,
            rsp_desc=rsp_desc,
        )

        ospp004_reply.additional_properties = d
        return ospp004_reply

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
