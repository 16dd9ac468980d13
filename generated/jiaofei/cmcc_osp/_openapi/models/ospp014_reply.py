from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP014Reply")


@_attrs_define
class OSPP014Reply:
    """个人代扣协议签约查询接口响应结果 (§6.12 响应结果说明)

    Attributes:
        rcv_date (datetime.date): 接收方交易日期: 取值格式为YYYYMMDD。接收方系统日期，基于接收方系统本地时间。
        rcv_trans_id (str): 接收方交易流水号: 接收方确保该字段的当日唯一性；
        rcv_time (datetime.datetime): 接收方时间戳: 接收方处理请求的时间（基于接收方系统时间），格式为YYYYMMDDHHmmSS
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 签约结果描述
        signed_time (datetime.datetime | Unset): 协议签约时间: 格式yyyy-MM-dd HH:mm:ss
        expire_time (datetime.datetime | Unset): 协议失效时间: 格式yyyy-MM-dd HH:mm:ss
    """

    rcv_date: datetime.date
    rcv_trans_id: str
    rcv_time: datetime.datetime
    result_code: 附录十五支付结果代码
    result_desc: str
    signed_time: datetime.datetime | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rcv_date = self.rcv_date.isoformat()

        rcv_trans_id = self.rcv_trans_id

        rcv_time = self.rcv_time.isoformat()

        result_code: str = self.result_code

        result_desc = self.result_desc

        signed_time: str | Unset = UNSET
        if not isinstance(self.signed_time, Unset):
            signed_time = self.signed_time.isoformat()

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcvDate": rcv_date,
                "rcvTransId": rcv_trans_id,
                "rcvTime": rcv_time,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )
        if signed_time is not UNSET:
            field_dict["signedTime"] = signed_time
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rcv_date = datetime.date.fromisoformat(d.pop("rcvDate"))

        rcv_trans_id = d.pop("rcvTransId")

        rcv_time = datetime.datetime.fromisoformat(d.pop("rcvTime"))

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        _signed_time = d.pop("signedTime", UNSET)
        signed_time: datetime.datetime | Unset
        if isinstance(_signed_time, Unset):
            signed_time = UNSET
        else:
            signed_time = datetime.datetime.fromisoformat(_signed_time)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.datetime.fromisoformat(_expire_time)

        ospp014_reply = cls(
            rcv_date=rcv_date,
            rcv_trans_id=rcv_trans_id,
            rcv_time=rcv_time,
            result_code=result_code,
            result_desc=result_desc,
            signed_time=signed_time,
            expire_time=expire_time,
        )

        ospp014_reply.additional_properties = d
        return ospp014_reply

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
