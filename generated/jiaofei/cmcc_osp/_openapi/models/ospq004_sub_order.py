from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq004_sub_order_order_status import (
    OSPQ004SubOrderOrderStatus,
    check_ospq004_sub_order_order_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ004SubOrder")


@_attrs_define
class OSPQ004SubOrder:
    """子订单信息 (§4.4)

    Attributes:
        sub_order_id (str): 子订单编码: 接入方子订单编码
        order_status (OSPQ004SubOrderOrderStatus): 订单状态编码:
            01-订购未下发；02-订购已下发未反馈；03-订购成功；04-订购失败；05-订购反馈超时关闭；06-退订未下发；07-退订已下发未反馈；08-退订成功；09-退订失败；99-查询失败，当前渠道无此订单信息
        order_status_desc (str): 订单状态描述
        feedback_time (datetime.datetime): 订单反馈时间: yyyyMMddHHmmss（GMT+8北京时间）
        number (str): 业务号码: 手机号长度为11位
        goods_id (str): 商品编码: CM-OSP平台统一商品编码
        goods_province (str): 商品所属省份: 省名称
        memo (str | Unset): 反馈结果
        goods_title (str | Unset): 商品标题
        imei (str | Unset): IMEI: 已绑定IMEI的合约订单需要填写
    """

    sub_order_id: str
    order_status: OSPQ004SubOrderOrderStatus
    order_status_desc: str
    feedback_time: datetime.datetime
    number: str
    goods_id: str
    goods_province: str
    memo: str | Unset = UNSET
    goods_title: str | Unset = UNSET
    imei: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub_order_id = self.sub_order_id

        order_status: str = self.order_status

        order_status_desc = self.order_status_desc

        feedback_time = self.feedback_time.isoformat()

        number = self.number

        goods_id = self.goods_id

        goods_province = self.goods_province

        memo = self.memo

        goods_title = self.goods_title

        imei = self.imei

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subOrderId": sub_order_id,
                "orderStatus": order_status,
                "orderStatusDesc": order_status_desc,
                "feedbackTime": feedback_time,
                "number": number,
                "goodsId": goods_id,
                "goodsProvince": goods_province,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo
        if goods_title is not UNSET:
            field_dict["goodsTitle"] = goods_title
        if imei is not UNSET:
            field_dict["imei"] = imei

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub_order_id = d.pop("subOrderId")

        order_status = check_ospq004_sub_order_order_status(d.pop("orderStatus"))

        order_status_desc = d.pop("orderStatusDesc")

        feedback_time = datetime.datetime.fromisoformat(d.pop("feedbackTime"))

        number = d.pop("number")

        goods_id = d.pop("goodsId")

        goods_province = d.pop("goodsProvince")

        memo = d.pop("memo", UNSET)

        goods_title = d.pop("goodsTitle", UNSET)

        imei = d.pop("imei", UNSET)

        ospq004_sub_order = cls(
            sub_order_id=sub_order_id,
            order_status=order_status,
            order_status_desc=order_status_desc,
            feedback_time=feedback_time,
            number=number,
            goods_id=goods_id,
            goods_province=goods_province,
            memo=memo,
            goods_title=goods_title,
            imei=imei,
        )

        ospq004_sub_order.additional_properties = d
        return ospq004_sub_order

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
