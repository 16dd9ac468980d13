from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017GoodsInfo")


@_attrs_define
class OSPB017GoodsInfo:
    """订购商品信息 (§3.1.14 subOrderList[].goodsInfo)

    Attributes:
        goods_id (str): 商品编码: CM-OSP平台统一商品编码
        goods_title (str): 商品标题
        amount (int): 购买数量: 单位：个
        price (int): 商品价格: 单位：分
        goods_province (str): 商品所在省份: 省名称
        goods_city (str): 商品所在城市: 市名称
        service_id_list (str | Unset): API服务列表: 当办理的是视频定向流量包的业务时，如有多个APP的ServiceID请用英文分号分隔，如ServiceID1;
            ServiceID2;ServiceID3
    """

    goods_id: str
    goods_title: str
    amount: int
    price: int
    goods_province: str
    goods_city: str
    service_id_list: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        goods_title = self.goods_title

        amount = self.amount

        price = self.price

        goods_province = self.goods_province

        goods_city = self.goods_city

        service_id_list = self.service_id_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goodsId": goods_id,
                "goodsTitle": goods_title,
                "amount": amount,
                "price": price,
                "goodsProvince": goods_province,
                "goodsCity": goods_city,
            }
        )
        if service_id_list is not UNSET:
            field_dict["serviceIdList"] = service_id_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        goods_id = d.pop("goodsId")

        goods_title = d.pop("goodsTitle")

        amount = d.pop("amount")

        price = d.pop("price")

        goods_province = d.pop("goodsProvince")

        goods_city = d.pop("goodsCity")

        service_id_list = d.pop("serviceIdList", UNSET)

        ospb017_goods_info = cls(
            goods_id=goods_id,
            goods_title=goods_title,
            amount=amount,
            price=price,
            goods_province=goods_province,
            goods_city=goods_city,
            service_id_list=service_id_list,
        )

        return ospb017_goods_info
