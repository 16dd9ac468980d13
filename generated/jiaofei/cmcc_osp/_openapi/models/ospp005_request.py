from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP005Request")


@_attrs_define
class OSPP005Request:
    """退款结果异步通知接口请求参数 (§6.5 请求参数说明): the platform's refund result notification, POSTed to the refund request's feedbackUrl

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        refund_order_id (str): 退款请求订单号: 商户退款请求报文中商户传入的退款单号refundOrderId
        settle_date (str): 结算日期: 表示订单发生于某个日期，作为对账时的依据
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 退款单处理描述
        custom_param (str | Unset): 商户自定义参数: 退款结果通知时，统一支付会返回此字段，商户可以自行选择需要回传的参数。
    """

    req_date: str
    req_trans_id: str
    req_time: str
    refund_order_id: str
    settle_date: str
    result_code: 附录十五支付结果代码
    result_desc: str
    custom_param: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        refund_order_id = self.refund_order_id

        settle_date = self.settle_date

        result_code: str = self.result_code

        result_desc = self.result_desc

        custom_param = self.custom_param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "refundOrderId": refund_order_id,
                "settleDate": settle_date,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )
        if custom_param is not UNSET:
            field_dict["customParam"] = custom_param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        refund_order_id = d.pop("refundOrderId")

        settle_date = d.pop("settleDate")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        custom_param = d.pop("customParam", UNSET)

        ospp005_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            refund_order_id=refund_order_id,
            settle_date=settle_date,
            result_code=result_code,
            result_desc=result_desc,
            custom_param=custom_param,
        )

        ospp005_request.additional_properties = d
        return ospp005_request

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
