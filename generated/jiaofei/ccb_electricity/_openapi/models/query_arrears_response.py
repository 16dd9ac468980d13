from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_code import GatewayCode, check_gateway_code
from ..models.sub_code import SubCode, check_sub_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryArrearsResponse")


@_attrs_define
class QueryArrearsResponse:
    """返回业务参数 (§2.2.2)

    Attributes:
        code (GatewayCode): 网关应答信息: SUCCESS/FAIL
        msg (str): 网关应答码: OK
        sub_code (SubCode | Unset): 业务应答码: 详见应答码定义 (§4.2 应答码定义)
        sub_msg (str | Unset): 业务应答信息
        data (str | Unset): 欠费信息: 欠费信息
    """

    code: GatewayCode
    msg: str
    sub_code: SubCode | Unset = UNSET
    sub_msg: str | Unset = UNSET
    data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        msg = self.msg

        sub_code: str | Unset = UNSET
        if not isinstance(self.sub_code, Unset):
            sub_code = self.sub_code

        sub_msg = self.sub_msg

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
            }
        )
        if sub_code is not UNSET:
            field_dict["sub_code"] = sub_code
        if sub_msg is not UNSET:
            field_dict["sub_msg"] = sub_msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_gateway_code(d.pop("code"))

        msg = d.pop("msg")

        _sub_code = d.pop("sub_code", UNSET)
        sub_code: SubCode | Unset
        if isinstance(_sub_code, Unset):
            sub_code = UNSET
        else:
            sub_code = check_sub_code(_sub_code)

        sub_msg = d.pop("sub_msg", UNSET)

        data = d.pop("data", UNSET)

        query_arrears_response = cls(
            code=code,
            msg=msg,
            sub_code=sub_code,
            sub_msg=sub_msg,
            data=data,
        )

        query_arrears_response.additional_properties = d
        return query_arrears_response

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
