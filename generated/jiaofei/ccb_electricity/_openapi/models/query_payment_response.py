from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gateway_code import GatewayCode, check_gateway_code
from ..models.query_payment_response_status import (
    QueryPaymentResponseStatus,
    check_query_payment_response_status,
)
from ..models.sub_code import SubCode, check_sub_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryPaymentResponse")


@_attrs_define
class QueryPaymentResponse:
    """返回业务参数 (§3.3.2)

    Attributes:
        code (GatewayCode): 网关应答信息: SUCCESS/FAIL
        msg (str): 网关应答码: OK
        sub_code (SubCode | Unset): 业务应答码: 详见应答码定义 (§4.2 应答码定义)
        sub_msg (str | Unset): 业务应答信息
        order_no (str | Unset): 订单号: 订单号
        status (QueryPaymentResponseStatus | Unset): 订单状态: 成功 SUCCESS, 支付中 USERPAYING, 未知 UNKNOW, 失败 PAYERROR
    """

    code: GatewayCode
    msg: str
    sub_code: SubCode | Unset = UNSET
    sub_msg: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: QueryPaymentResponseStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        msg = self.msg

        sub_code: str | Unset = UNSET
        if not isinstance(self.sub_code, Unset):
            sub_code = self.sub_code

        sub_msg = self.sub_msg

        order_no = self.order_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

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
        if order_no is not UNSET:
            field_dict["order_no"] = order_no
        if status is not UNSET:
            field_dict["status"] = status

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

        order_no = d.pop("order_no", UNSET)

        _status = d.pop("status", UNSET)
        status: QueryPaymentResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_query_payment_response_status(_status)

        query_payment_response = cls(
            code=code,
            msg=msg,
            sub_code=sub_code,
            sub_msg=sub_msg,
            order_no=order_no,
            status=status,
        )

        query_payment_response.additional_properties = d
        return query_payment_response

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
