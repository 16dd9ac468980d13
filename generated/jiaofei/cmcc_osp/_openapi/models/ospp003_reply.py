from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码

T = TypeVar("T", bound="OSPP003Reply")


@_attrs_define
class OSPP003Reply:
    """支付信息查询接口响应结果 (§6.3 响应结果说明)

    Attributes:
        rcv_date (datetime.date): 接收方交易日期: 取值格式为YYYYMMDD。接收方系统日期，基于接收方系统本地时间。
        rcv_trans_id (str): 接收方交易流水号: 接收方确保该字段的当日唯一性；
        rcv_time (datetime.datetime): 接收方时间戳: 接收方处理请求的时间（基于接收方系统时间），格式为YYYYMMDDHHmmSS
        ori_req_date (datetime.date): 原请求日期: 发起此订单时所使用的reqDate
        order_id (str): 订单编码: 接入方订单编码
        payment_order_id (str): 支付单编码: 合作渠道传入的支付单编码
        settle_date (datetime.date): 结算日期: 表示订单发生于某个日期，作为对账时的依据
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 支付结果描述
    """

    rcv_date: datetime.date
    rcv_trans_id: str
    rcv_time: datetime.datetime
    ori_req_date: datetime.date
    order_id: str
    payment_order_id: str
    settle_date: datetime.date
    result_code: 附录十五支付结果代码
    result_desc: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rcv_date = self.rcv_date.isoformat()

        rcv_trans_id = self.rcv_trans_id

        rcv_time = self.rcv_time.isoformat()

        ori_req_date = self.ori_req_date.isoformat()

        order_id = self.order_id

        payment_order_id = self.payment_order_id

        settle_date = self.settle_date.isoformat()

        result_code: str = self.result_code

        result_desc = self.result_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcvDate": rcv_date,
                "rcvTransId": rcv_trans_id,
                "rcvTime": rcv_time,
                "oriReqDate": ori_req_date,
                "orderId": order_id,
                "paymentOrderId": payment_order_id,
                "settleDate": settle_date,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rcv_date = datetime.date.fromisoformat(d.pop("rcvDate"))

        rcv_trans_id = d.pop("rcvTransId")

        rcv_time = datetime.datetime.fromisoformat(d.pop("rcvTime"))

        ori_req_date = datetime.date.fromisoformat(d.pop("oriReqDate"))

        order_id = d.pop("orderId")

        payment_order_id = d.pop("paymentOrderId")

        settle_date = datetime.date.fromisoformat(d.pop("settleDate"))

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        ospp003_reply = cls(
            rcv_date=rcv_date,
            rcv_trans_id=rcv_trans_id,
            rcv_time=rcv_time,
            ori_req_date=ori_req_date,
            order_id=order_id,
            payment_order_id=payment_order_id,
            settle_date=settle_date,
            result_code=result_code,
            result_desc=result_desc,
        )

        ospp003_reply.additional_properties = d
        return ospp003_reply

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
