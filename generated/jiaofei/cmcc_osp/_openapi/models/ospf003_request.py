from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospf003_request_status import OSPF003RequestStatus, check_ospf003_request_status
from ..models.附录十三物流公司编码 import check_附录十三物流公司编码, 附录十三物流公司编码
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPF003Request")


@_attrs_define
class OSPF003Request:
    """订单状态变更通知接口 请求参数 (§3.2.3)

    Attributes:
        order_id (str): 原订单编码
        sub_order_id (str): 原子订单编码
        order_time (str): 业务订购时间: yyyyMMddHHmmss（GMT+8北京时间）
        status (OSPF003RequestStatus): 订单状态: TD-待商户确认；SC-订购完成；FA-订购失败；TO-订购反馈超时关闭；ST-备货中；SE-已发货；RE-已签收；CA-订单已取消；IN-
            安装中(传回安装师傅的姓名、联系电话和备注)；RC-审核通过，全额退款；RP-审核通过，部分退款；RR-审核不通过，退款失败
        update_time (str): 订单状态更新时间: yyyyMMddHHmmss（GMT+8北京时间）
        return_id (str | Unset): 退单编号: 能力开放平台的退单号，同退单同步中编码，当更新退单状态时需要填写
        status_desc (str | Unset): 订单状态描述
        shipment_company_code (附录十三物流公司编码 | Unset): 物流公司编码: 物流公司 (shipmentCompanyCode → shipmentCompany)；表列 物流公司编码
            (shipment Company Code) / 物流公司名称 (shipmentCompany)
        shipment_company (str | Unset): 物流公司名称: 当status=SE时填写
        shipment_no (str | Unset): 物流单号/运单编码: 当status=SE时填写
        op_contact_name (str | Unset): 订单受理联系人姓名: 当订单状态status=IN时，省公司需要返回安装师傅姓名
        op_contact_no (str | Unset): 订单受理联系人工号
        op_contact_phone (str | Unset): 订单受理联系人电话: 当订单状态status=IN时，省公司需要返回安装师傅联系电话
        op_comments (str | Unset): 订单受理备注信息: 当订单状态status=IN时，省公司需要返回安装信息备注
    """

    order_id: str
    sub_order_id: str
    order_time: str
    status: OSPF003RequestStatus
    update_time: str
    return_id: str | Unset = UNSET
    status_desc: str | Unset = UNSET
    shipment_company_code: 附录十三物流公司编码 | Unset = UNSET
    shipment_company: str | Unset = UNSET
    shipment_no: str | Unset = UNSET
    op_contact_name: str | Unset = UNSET
    op_contact_no: str | Unset = UNSET
    op_contact_phone: str | Unset = UNSET
    op_comments: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sub_order_id = self.sub_order_id

        order_time = self.order_time

        status: str = self.status

        update_time = self.update_time

        return_id = self.return_id

        status_desc = self.status_desc

        shipment_company_code: str | Unset = UNSET
        if not isinstance(self.shipment_company_code, Unset):
            shipment_company_code = self.shipment_company_code

        shipment_company = self.shipment_company

        shipment_no = self.shipment_no

        op_contact_name = self.op_contact_name

        op_contact_no = self.op_contact_no

        op_contact_phone = self.op_contact_phone

        op_comments = self.op_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "orderTime": order_time,
                "status": status,
                "updateTime": update_time,
            }
        )
        if return_id is not UNSET:
            field_dict["returnId"] = return_id
        if status_desc is not UNSET:
            field_dict["statusDesc"] = status_desc
        if shipment_company_code is not UNSET:
            field_dict["shipmentCompanyCode"] = shipment_company_code
        if shipment_company is not UNSET:
            field_dict["shipmentCompany"] = shipment_company
        if shipment_no is not UNSET:
            field_dict["shipmentNo"] = shipment_no
        if op_contact_name is not UNSET:
            field_dict["opContactName"] = op_contact_name
        if op_contact_no is not UNSET:
            field_dict["opContactNo"] = op_contact_no
        if op_contact_phone is not UNSET:
            field_dict["opContactPhone"] = op_contact_phone
        if op_comments is not UNSET:
            field_dict["opComments"] = op_comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        order_time = d.pop("orderTime")

        status = check_ospf003_request_status(d.pop("status"))

        update_time = d.pop("updateTime")

        return_id = d.pop("returnId", UNSET)

        status_desc = d.pop("statusDesc", UNSET)

        _shipment_company_code = d.pop("shipmentCompanyCode", UNSET)
        shipment_company_code: 附录十三物流公司编码 | Unset
        if isinstance(_shipment_company_code, Unset):
            shipment_company_code = UNSET
        else:
            shipment_company_code = check_附录十三物流公司编码(_shipment_company_code)

        shipment_company = d.pop("shipmentCompany", UNSET)

        shipment_no = d.pop("shipmentNo", UNSET)

        op_contact_name = d.pop("opContactName", UNSET)

        op_contact_no = d.pop("opContactNo", UNSET)

        op_contact_phone = d.pop("opContactPhone", UNSET)

        op_comments = d.pop("opComments", UNSET)

        ospf003_request = cls(
            order_id=order_id,
            sub_order_id=sub_order_id,
            order_time=order_time,
            status=status,
            update_time=update_time,
            return_id=return_id,
            status_desc=status_desc,
            shipment_company_code=shipment_company_code,
            shipment_company=shipment_company,
            shipment_no=shipment_no,
            op_contact_name=op_contact_name,
            op_contact_no=op_contact_no,
            op_contact_phone=op_contact_phone,
            op_comments=op_comments,
        )

        ospf003_request.additional_properties = d
        return ospf003_request

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
