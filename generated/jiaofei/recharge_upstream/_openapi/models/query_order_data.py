from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_order_data_status_id import (
    QueryOrderDataStatusId,
    check_query_order_data_status_id,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryOrderData")


@_attrs_define
class QueryOrderData:
    """签名数据字段说明 (§1.4.2)

    Attributes:
        amount (int): 充值金额: 单位分
        gmt_create (datetime.datetime): 下单时间
        mobile_order_no (str): 网厅单号
        operator_sn (str): 运营商单号
        operators_name (str): 运营商名称
        recharge_phone_number (str): 充值号码
        serial_number (str): 话费系统流水
        status_id (QueryOrderDataStatusId): 状态 ID: 0:未支付, 1:超时未付, 2:网厅支付中, 4:充值成功, 5:订单生成, 6:网厅下单中, 9:退回运营商
        status_name (str): 状态名称
        id (int | Unset): 记录 ID (only in the document's example)
    """

    amount: int
    gmt_create: datetime.datetime
    mobile_order_no: str
    operator_sn: str
    operators_name: str
    recharge_phone_number: str
    serial_number: str
    status_id: QueryOrderDataStatusId
    status_name: str
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        gmt_create = self.gmt_create.isoformat()

        mobile_order_no = self.mobile_order_no

        operator_sn = self.operator_sn

        operators_name = self.operators_name

        recharge_phone_number = self.recharge_phone_number

        serial_number = self.serial_number

        status_id: int = self.status_id

        status_name = self.status_name

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "gmtCreate": gmt_create,
                "mobileOrderNo": mobile_order_no,
                "operatorSn": operator_sn,
                "operatorsName": operators_name,
                "rechargePhoneNumber": recharge_phone_number,
                "serialNumber": serial_number,
                "statusId": status_id,
                "statusName": status_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        gmt_create = datetime.datetime.fromisoformat(d.pop("gmtCreate"))

        mobile_order_no = d.pop("mobileOrderNo")

        operator_sn = d.pop("operatorSn")

        operators_name = d.pop("operatorsName")

        recharge_phone_number = d.pop("rechargePhoneNumber")

        serial_number = d.pop("serialNumber")

        status_id = check_query_order_data_status_id(d.pop("statusId"))

        status_name = d.pop("statusName")

        id = d.pop("id", UNSET)

        query_order_data = cls(
            amount=amount,
            gmt_create=gmt_create,
            mobile_order_no=mobile_order_no,
            operator_sn=operator_sn,
            operators_name=operators_name,
            recharge_phone_number=recharge_phone_number,
            serial_number=serial_number,
            status_id=status_id,
            status_name=status_name,
            id=id,
        )

        query_order_data.additional_properties = d
        return query_order_data

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
