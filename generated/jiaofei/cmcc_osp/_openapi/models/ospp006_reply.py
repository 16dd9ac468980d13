from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP006Reply")


@_attrs_define
class OSPP006Reply:
    """退款查询接口响应结果 (§6.6 响应结果说明)

    Attributes:
        rcv_date (datetime.date): 接收方交易日期: 取值格式为YYYYMMDD。接收方系统日期，基于接收方系统本地时间。
        rcv_transid (str): 接收方交易流水号: 接收方确保该字段的当日唯一性；
        rcv_time (datetime.datetime): 接收方时间戳: 接收方处理请求的时间（基于接收方系统时间），格式为YYYYMMDDHHmmSS
        ori_req_date (datetime.date): 原请求日期: 商户发起此订单时所使用的reqDate
        refund_order_id (str): 原退款订单号: 商户传入要查询的原退款订单的订单号
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 退款订单处理描述
        ori_settle_date (datetime.date | Unset): 原退款订单结算日期: 如果商户已经从原退款订单结果通知中获得结算日期，则建议传入该字段
    """

    rcv_date: datetime.date
    rcv_transid: str
    rcv_time: datetime.datetime
    ori_req_date: datetime.date
    refund_order_id: str
    result_code: 附录十五支付结果代码
    result_desc: str
    ori_settle_date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rcv_date = self.rcv_date.isoformat()

        rcv_transid = self.rcv_transid

        rcv_time = self.rcv_time.isoformat()

        ori_req_date = self.ori_req_date.isoformat()

        refund_order_id = self.refund_order_id

        result_code: str = self.result_code

        result_desc = self.result_desc

        ori_settle_date: str | Unset = UNSET
        if not isinstance(self.ori_settle_date, Unset):
            ori_settle_date = self.ori_settle_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcvDate": rcv_date,
                "rcvTransid": rcv_transid,
                "rcvTime": rcv_time,
                "oriReqDate": ori_req_date,
                "refundOrderId": refund_order_id,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )
        if ori_settle_date is not UNSET:
            field_dict["oriSettleDate"] = ori_settle_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rcv_date = datetime.date.fromisoformat(d.pop("rcvDate"))

        rcv_transid = d.pop("rcvTransid")

        rcv_time = datetime.datetime.fromisoformat(d.pop("rcvTime"))

        ori_req_date = datetime.date.fromisoformat(d.pop("oriReqDate"))

        refund_order_id = d.pop("refundOrderId")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        _ori_settle_date = d.pop("oriSettleDate", UNSET)
        ori_settle_date: datetime.date | Unset
        if isinstance(_ori_settle_date, Unset):
            ori_settle_date = UNSET
        else:
            ori_settle_date = datetime.date.fromisoformat(_ori_settle_date)

        ospp006_reply = cls(
            rcv_date=rcv_date,
            rcv_transid=rcv_transid,
            rcv_time=rcv_time,
            ori_req_date=ori_req_date,
            refund_order_id=refund_order_id,
            result_code=result_code,
            result_desc=result_desc,
            ori_settle_date=ori_settle_date,
        )

        ospp006_reply.additional_properties = d
        return ospp006_reply

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
