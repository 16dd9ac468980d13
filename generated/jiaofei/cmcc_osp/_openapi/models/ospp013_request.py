from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十五支付结果代码 import check_附录十五支付结果代码, 附录十五支付结果代码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPP013Request")


@_attrs_define
class OSPP013Request:
    """个人代扣协议签约异步通知接口请求参数 (§6.11 请求参数说明)

    Attributes:
        req_date (str): 发起方日期: 取值格式为YYYYMMDD。发起方系统日期，可以与发起方时间戳中的日期不一致
        req_trans_id (str): 发起方交易流水号: 发起方确保该字段的当日唯一性；任何交易均可由“发起方系统”、“发起方日期”和“发起方交易流水号”唯一确定。
        req_time (str): 发起方时间戳: 发起方发起交易的具体时间戳（基于发起方本地系统时间），格式为YYYYMMDDHHmmSS
        contract_code (str): 签约协议号，商户侧与用户的签约协议号，由商户生成: 签约时，商户侧与用户的签约协议号
        result_code (附录十五支付结果代码): 支付结果代码: 支付/退款/签约/解约结果 resultCode 的取值；表列 ResultCode 代码 / 含义
        result_desc (str): 签约处理描述
        logon_id (str | Unset): 用户在商户网站的登录账号
        signed_time (None | str | Unset): 协议签约时间: 格式yyyy-MM-dd HH:mm:ss 如收到通知或查询有签约时间则传输，如查询无签约时间则为空值（null）
        contract_expired_time (str | Unset): 协议失效时间: 格式yyyy-MM-dd HH:mm:ss以支付机构的结果通知为准
    """

    req_date: str
    req_trans_id: str
    req_time: str
    contract_code: str
    result_code: 附录十五支付结果代码
    result_desc: str
    logon_id: str | Unset = UNSET
    signed_time: None | str | Unset = UNSET
    contract_expired_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        req_date = self.req_date

        req_trans_id = self.req_trans_id

        req_time = self.req_time

        contract_code = self.contract_code

        result_code: str = self.result_code

        result_desc = self.result_desc

        logon_id = self.logon_id

        signed_time: None | str | Unset
        if isinstance(self.signed_time, Unset):
            signed_time = UNSET
        else:
            signed_time = self.signed_time

        contract_expired_time = self.contract_expired_time

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
        if signed_time is not UNSET:
            field_dict["signedTime"] = signed_time
        if contract_expired_time is not UNSET:
            field_dict["contractExpiredTime"] = contract_expired_time

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

        def _parse_signed_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signed_time = _parse_signed_time(d.pop("signedTime", UNSET))

        contract_expired_time = d.pop("contractExpiredTime", UNSET)

        ospp013_request = cls(
            req_date=req_date,
            req_trans_id=req_trans_id,
            req_time=req_time,
            contract_code=contract_code,
            result_code=result_code,
            result_desc=result_desc,
            logon_id=logon_id,
            signed_time=signed_time,
            contract_expired_time=contract_expired_time,
        )

        ospp013_request.additional_properties = d
        return ospp013_request

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
