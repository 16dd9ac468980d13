from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospc001_request_svc_type_id import (
    OSPC001RequestSvcTypeId,
    check_ospc001_request_svc_type_id,
)
from ..models.ospc001_request_urgent_id import (
    OSPC001RequestUrgentId,
    check_ospc001_request_urgent_id,
)
from ..models.附录六投诉类型 import check_附录六投诉类型, 附录六投诉类型
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPC001Request")


@_attrs_define
class OSPC001Request:
    """投诉工单同步 请求参数 (§5.1)

    Attributes:
        req_id (str): 工单ID: 投诉工单ID，1)
            外部渠道发起时填写：“C三位渠道编码yyyyMMddHHmmss(GMT+8北京时间)NNNNN”，例如“C2012016010517015900000”，渠道编码参见附录；2)
            省公司发起时填写：“B三位省编码yyyyMMddHHmmss(GMT+8北京时间)NNNNN”，例如“B1002016010118015900001”，省编码参见附录；
        number (str): 投诉用户手机号码: 11位
        customer_name (str): 用户姓名: 投诉用户姓名
        svc_type_id (OSPC001RequestSvcTypeId): 服务请求分类编码: 02-合约/套餐/流量包开通失败；03-合约退货失败；04-套餐/流量包档位变更失败；06-产生套餐叠加
        urgent_id (OSPC001RequestUrgentId): 紧急程度: 01-非常紧急；02-紧急；03-一般；04-不紧急
        origin_time (str): 投诉发起方收到用户的投诉时间: yyyyMMddHHmmss（GMT+8北京时间）
        accept_time (str): 投诉提交时间: yyyyMMddHHmmss（GMT+8北京时间）
        req_type (附录六投诉类型): 投诉类型: 投诉类型编码；表列 编码 / 名称
        req_title (str): 投诉简述
        req_content (str): 投诉内容: 投诉内容详细描述
        order_id (str | Unset): 订单编码: 原订单编码，外部渠道同步投诉工单时为必填
        sub_order_id (str | Unset): 子订单编码: 原子订单编码，外部渠道同步投诉工单时为必填
        refund_id (str | Unset): 退货单编码: 退货投诉工单，外部渠道同步退货的投诉工单时为必填
        origin (str | Unset): 受理机构: 1) 外部渠道发起的请填写“C渠道号”，例如某渠道“C201”，渠道编码参见附录；2)
            省公司发起的由能力开放平台填写“B省编码”，例如某省填写“B200”，省公司编码参见附录。
        destination (str | Unset): 目标机构: 1) （外部渠道）发给省公司的填写“B省编码”，例如某省填写“B200”，省公司编码参见附录；2)
            （省公司）发给外部渠道的由能力开放平台填写“C渠道号”，例如某渠道填写“C201”，渠道编码参见附录3) （外部渠道）发给能力开放平台的填写“OSP”。
        svc_city (str | Unset): 办理业务的地市: 当实体店受理投诉时需要提供该信息
        shop_code (str | Unset): 店铺编码
        shop_name (str | Unset): 店铺名称
        seller_id (str | Unset): 销售人员ID
        deadline (str | Unset): 最后反馈时间: yyyyMMddHHmmss（GMT+8北京时间）主要用于移动省公司考核：必须在此时间前反馈投诉结果，否则省公司将判定本次投诉超时。
        svc_staff (str | Unset): 投诉受理员工: “员工ID#员工姓名”形式，如：B123C#张三
        pretreatment (str | Unset): 预处理情况: 用于添加工单的预处理信息
        pretre_supplement (str | Unset): 处理情况补充说明: 用于添加工单的处理情况的附加信息
        feedback_url (str | Unset): 投诉反馈地址: 接入方希望投诉反馈到指定地址时才需填写
    """

    req_id: str
    number: str
    customer_name: str
    svc_type_id: OSPC001RequestSvcTypeId
    urgent_id: OSPC001RequestUrgentId
    origin_time: str
    accept_time: str
    req_type: 附录六投诉类型
    req_title: str
    req_content: str
    order_id: str | Unset = UNSET
    sub_order_id: str | Unset = UNSET
    refund_id: str | Unset = UNSET
    origin: str | Unset = UNSET
    destination: str | Unset = UNSET
    svc_city: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    deadline: str | Unset = UNSET
    svc_staff: str | Unset = UNSET
    pretreatment: str | Unset = UNSET
    pretre_supplement: str | Unset = UNSET
    feedback_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        req_id = self.req_id

        number = self.number

        customer_name = self.customer_name

        svc_type_id: str = self.svc_type_id

        urgent_id: str = self.urgent_id

        origin_time = self.origin_time

        accept_time = self.accept_time

        req_type: str = self.req_type

        req_title = self.req_title

        req_content = self.req_content

        order_id = self.order_id

        sub_order_id = self.sub_order_id

        refund_id = self.refund_id

        origin = self.origin

        destination = self.destination

        svc_city = self.svc_city

        shop_code = self.shop_code

        shop_name = self.shop_name

        seller_id = self.seller_id

        deadline = self.deadline

        svc_staff = self.svc_staff

        pretreatment = self.pretreatment

        pretre_supplement = self.pretre_supplement

        feedback_url = self.feedback_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reqId": req_id,
                "number": number,
                "customerName": customer_name,
                "svcTypeId": svc_type_id,
                "urgentId": urgent_id,
                "originTime": origin_time,
                "acceptTime": accept_time,
                "reqType": req_type,
                "reqTitle": req_title,
                "reqContent": req_content,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if sub_order_id is not UNSET:
            field_dict["subOrderId"] = sub_order_id
        if refund_id is not UNSET:
            field_dict["refundId"] = refund_id
        if origin is not UNSET:
            field_dict["origin"] = origin
        if destination is not UNSET:
            field_dict["destination"] = destination
        if svc_city is not UNSET:
            field_dict["svcCity"] = svc_city
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if svc_staff is not UNSET:
            field_dict["svcStaff"] = svc_staff
        if pretreatment is not UNSET:
            field_dict["pretreatment"] = pretreatment
        if pretre_supplement is not UNSET:
            field_dict["pretreSupplement"] = pretre_supplement
        if feedback_url is not UNSET:
            field_dict["feedbackUrl"] = feedback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        req_id = d.pop("reqId")

        number = d.pop("number")

        customer_name = d.pop("customerName")

        svc_type_id = check_ospc001_request_svc_type_id(d.pop("svcTypeId"))

        urgent_id = check_ospc001_request_urgent_id(d.pop("urgentId"))

        origin_time = d.pop("originTime")

        accept_time = d.pop("acceptTime")

        req_type = check_附录六投诉类型(d.pop("reqType"))

        req_title = d.pop("reqTitle")

        req_content = d.pop("reqContent")

        order_id = d.pop("orderId", UNSET)

        sub_order_id = d.pop("subOrderId", UNSET)

        refund_id = d.pop("refundId", UNSET)

        origin = d.pop("origin", UNSET)

        destination = d.pop("destination", UNSET)

        svc_city = d.pop("svcCity", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        seller_id = d.pop("sellerId", UNSET)

        deadline = d.pop("deadline", UNSET)

        svc_staff = d.pop("svcStaff", UNSET)

        pretreatment = d.pop("pretreatment", UNSET)

        pretre_supplement = d.pop("pretreSupplement", UNSET)

        feedback_url = d.pop("feedbackUrl", UNSET)

        ospc001_request = cls(
            req_id=req_id,
            number=number,
            customer_name=customer_name,
            svc_type_id=svc_type_id,
            urgent_id=urgent_id,
            origin_time=origin_time,
            accept_time=accept_time,
            req_type=req_type,
            req_title=req_title,
            req_content=req_content,
            order_id=order_id,
            sub_order_id=sub_order_id,
            refund_id=refund_id,
            origin=origin,
            destination=destination,
            svc_city=svc_city,
            shop_code=shop_code,
            shop_name=shop_name,
            seller_id=seller_id,
            deadline=deadline,
            svc_staff=svc_staff,
            pretreatment=pretreatment,
            pretre_supplement=pretre_supplement,
            feedback_url=feedback_url,
        )

        return ospc001_request
