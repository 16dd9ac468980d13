from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP012Request")


@_attrs_define
class OSPP012Request:
    """个人代扣协议解约异步通知接口请求参数 (§6.10 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        contract_code (str): 签约协议号，商户侧与用户的签约协议号，由商户生成: 签约时，商户侧与用户的签约协议号
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 解约处理描述
        logon_id (str | Unset): 用户在商户网站的登录账号
        settle_time (None | str | Unset): 解约时间: 格式yyyy-MM-dd HH:mm:ss 如收到通知或查询有解约时间则传输，如查询无解约时间则为空值（null）
    """

    req_date: str
    req_trans_id: str
    req_time: str
    contract_code: str
    result_code: 附录十五支付结果代码
    result_desc: str
    logon_id: str | Unset = UNSET
    settle_time: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        contract_code = self.contract_code

        result_code: str = self.result_code

        result_desc = self.result_desc

        logon_id = self.logon_id

        settle_time: None | str | Unset
        if isinstance(self.settle_time, Unset):
            settle_time = UNSET
        else:
            settle_time = self.settle_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reqDate": req_date,
                "reqTransId": req_trans_id,
                "reqTime": req_time,
                "contractCode": contract_code,
                "resultCode": result_code,
                "resultDesc": result_desc,
            }
        )
        if logon_id is not UNSET:
            field_dict["logonId"] = logon_id
        if settle_time is not UNSET:
            field_dict["settleTime"] = settle_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_date = d.pop("reqDate")

        req_trans_id = d.pop("reqTransId")

        req_time = d.pop("reqTime")

        contract_code = d.pop("contractCode")

        result_code = check_附录十五支付结果代码(d.pop("resultCode"))

        result_desc = d.pop("resultDesc")

        logon_id = d.pop("logonId", UNSET)

        def _parse_settle_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        settle_time = _parse_settle_time(d.pop("settleTime", UNSET))

        ospp012_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            contract_code=contract_code,
            result_code=result_code,
            result_desc=result_desc,
            logon_id=logon_id,
            settle_time=settle_time,
        )

        ospp012_request.additional_properties = d
        return ospp012_request

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
