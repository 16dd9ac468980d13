from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB021ReturnGoods")


@_attrs_define
class OSPB021ReturnGoods:
    """退订商品信息 (§3.1.18 returnGoodsInfo[])

    Attributes:
        goods_id (str): 商品编码: CM-OSP平台统一商品编码
        goods_title (str): 商品标题
        return_quantity (int): 退订数量: 单位：个
        price (int): 原商品价格: 单位：分
        service_id_list (str | Unset): API服务列表:
            当办理的是视频定向流量包的业务时，如有多个APP的ServiceID请用英文分号分隔，如ServiceID1;ServiceID2;ServiceID3
    """

    goods_id: str
    goods_title: str
    return_quantity: int
    price: int
    service_id_list: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goods_id = self.goods_id

        goods_title = self.goods_title

        return_quantity = self.return_quantity

        price = self.price

        service_id_list = self.service_id_list

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goodsId": goods_id,
                "goodsTitle": goods_title,
                "returnQuantity": return_quantity,
                "price": price,
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

        return_quantity = d.pop("returnQuantity")

        price = d.pop("price")

        service_id_list = d.pop("serviceIdList", UNSET)

        ospb021_return_goods = cls(
            goods_id=goods_id,
            goods_title=goods_title,
            return_quantity=return_quantity,
            price=price,
            service_id_list=service_id_list,
        )

        return ospb021_return_goods
