from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录七渠道编码 import check_附录七渠道编码, 附录七渠道编码
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq004_sub_order import OSPQ004SubOrder


T = TypeVar("T", bound="OSPQ004Order")


@_attrs_define
class OSPQ004Order:
    """主订单信息 (§4.4)

    Attributes:
        order_id (str): 订单编码: 接入方订单编码
        channel_code (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称 column verbatim
            and, from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and 999
        create_time (datetime.datetime): 订单创建时间: yyyyMMddHHmmss（GMT+8北京时间）
        shop_name (str | Unset): 店铺名称
        shop_code (str | Unset): 店铺编码
        sent_time (datetime.datetime | Unset): 订单下发时间: yyyyMMddHHmmss（GMT+8北京时间）
        query_time (datetime.datetime | Unset): 订单查询时间: yyyyMMddHHmmss（GMT+8北京时间）
        sub_order_list (list[OSPQ004SubOrder] | Unset): 子订单信息
    """

    order_id: str
    channel_code: 附录七渠道编码
    create_time: datetime.datetime
    shop_name: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    sent_time: datetime.datetime | Unset = UNSET
    query_time: datetime.datetime | Unset = UNSET
    sub_order_list: list[OSPQ004SubOrder] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        channel_code: str = self.channel_code

        create_time = self.create_time.isoformat()

        shop_name = self.shop_name

        shop_code = self.shop_code

        sent_time: str | Unset = UNSET
        if not isinstance(self.sent_time, Unset):
            sent_time = self.sent_time.isoformat()

        query_time: str | Unset = UNSET
        if not isinstance(self.query_time, Unset):
            query_time = self.query_time.isoformat()

        sub_order_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sub_order_list, Unset):
            sub_order_list = []
            for sub_order_list_item_data in self.sub_order_list:
                sub_order_list_item = sub_order_list_item_data.to_dict()
                sub_order_list.append(sub_order_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "channelCode": channel_code,
                "createTime": create_time,
            }
        )
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if sent_time is not UNSET:
            field_dict["sentTime"] = sent_time
        if query_time is not UNSET:
            field_dict["queryTime"] = query_time
        if sub_order_list is not UNSET:
            field_dict["subOrderList"] = sub_order_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq004_sub_order import OSPQ004SubOrder  # noqa: PLC0415

        d = dict(src_dict)
        order_id = d.pop("orderId")

        channel_code = check_附录七渠道编码(d.pop("channelCode"))

        create_time = datetime.datetime.fromisoformat(d.pop("createTime"))

        shop_name = d.pop("shopName", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        _sent_time = d.pop("sentTime", UNSET)
        sent_time: datetime.datetime | Unset
        if isinstance(_sent_time, Unset):
            sent_time = UNSET
        else:
            sent_time = datetime.datetime.fromisoformat(_sent_time)

        _query_time = d.pop("queryTime", UNSET)
        query_time: datetime.datetime | Unset
        if isinstance(_query_time, Unset):
            query_time = UNSET
        else:
            query_time = datetime.datetime.fromisoformat(_query_time)

        _sub_order_list = d.pop("subOrderList", UNSET)
        sub_order_list: list[OSPQ004SubOrder] | Unset = UNSET
        if _sub_order_list is not UNSET:
            sub_order_list = []
            for sub_order_list_item_data in _sub_order_list:
                sub_order_list_item = OSPQ004SubOrder.from_dict(sub_order_list_item_data)

                sub_order_list.append(sub_order_list_item)

        ospq004_order = cls(
            order_id=order_id,
            channel_code=channel_code,
            create_time=create_time,
            shop_name=shop_name,
            shop_code=shop_code,
            sent_time=sent_time,
            query_time=query_time,
            sub_order_list=sub_order_list,
        )

        ospq004_order.additional_properties = d
        return ospq004_order

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
