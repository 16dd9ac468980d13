from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospf004_request_origin import OSPF004RequestOrigin, check_ospf004_request_origin
from ..models.ospf004_request_product_type import (
    OSPF004RequestProductType,
    check_ospf004_request_product_type,
)
from ..models.ospf004_request_status import OSPF004RequestStatus, check_ospf004_request_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPF004Request")


@_attrs_define
class OSPF004Request:
    """定向流量包订购状态通知接口 请求参数 (§3.2.4)

    Attributes:
        opr_numb (str): 发起方的操作流水号
        number (str): 业务号码: 办理业务的号码，或新购的手机号
        boss_product_id (str): 省侧定向流量包产品编码
        service_id_list (str): 全网统一APP服务编码: 多个ServiceID用英文分号分隔，如ServiceID1;ServiceID2;ServiceID3
        status (OSPF004RequestStatus): 定向流量包订购状态: 01-订购，即受理成功，用户所定产品当前处于生效状态；02-
            取消，即变更成功，用户所定产品当前处于待生效状态；变更情况下需要提供如下两条记录：（若变更会有以下两种记录）03-变更取消，即用户将产品A变更为产品B，需要先取消当前已订购的产品A；04-
            变更订购，即用户将产品A变更为产品B，需要在取消A的基础上再订购一个产品B；
        effect_time (str): 状态生效时间: 格式: YYYYMMDDHHMMSS
        origin (OSPF004RequestOrigin): 操作来源: 01-一级能力开放平台; 02-省公司; 03-其他平台
        opr_time (str): 操作时间: 省公司执行新增、变更、退订操作的时间: YYYYMMDDHHMMSS
        product_type (OSPF004RequestProductType | Unset): 定向流量包产品类型: 01-定向视频流量包；02-定向音乐流量包；03-定向游戏流量包；04-其他；99-不区分
        goods_id (str | Unset): 定向流量包全网商品编码: 一级能力开放平台统一商品编码
        status_desc (str | Unset): 定向流量包订购状态描述: 省侧对定向流量包状态的描述
    """

    opr_numb: str
    number: str
    boss_product_id: str
    service_id_list: str
    status: OSPF004RequestStatus
    effect_time: str
    origin: OSPF004RequestOrigin
    opr_time: str
    product_type: OSPF004RequestProductType | Unset = UNSET
    goods_id: str | Unset = UNSET
    status_desc: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        opr_numb = self.opr_numb

        number = self.number

        boss_product_id = self.boss_product_id

        service_id_list = self.service_id_list

        status: str = self.status

        effect_time = self.effect_time

        origin: str = self.origin

        opr_time = self.opr_time

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        goods_id = self.goods_id

        status_desc = self.status_desc

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oprNumb": opr_numb,
                "number": number,
                "bossProductId": boss_product_id,
                "serviceIdList": service_id_list,
                "status": status,
                "effectTime": effect_time,
                "origin": origin,
                "oprTime": opr_time,
            }
        )
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if goods_id is not UNSET:
            field_dict["goodsId"] = goods_id
        if status_desc is not UNSET:
            field_dict["statusDesc"] = status_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opr_numb = d.pop("oprNumb")

        number = d.pop("number")

        boss_product_id = d.pop("bossProductId")

        service_id_list = d.pop("serviceIdList")

        status = check_ospf004_request_status(d.pop("status"))

        effect_time = d.pop("effectTime")

        origin = check_ospf004_request_origin(d.pop("origin"))

        opr_time = d.pop("oprTime")

        _product_type = d.pop("productType", UNSET)
        product_type: OSPF004RequestProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_ospf004_request_product_type(_product_type)

        goods_id = d.pop("goodsId", UNSET)

        status_desc = d.pop("statusDesc", UNSET)

        ospf004_request = cls(
            opr_numb=opr_numb,
            number=number,
            boss_product_id=boss_product_id,
            service_id_list=service_id_list,
            status=status,
            effect_time=effect_time,
            origin=origin,
            opr_time=opr_time,
            product_type=product_type,
            goods_id=goods_id,
            status_desc=status_desc,
        )

        return ospf004_request
