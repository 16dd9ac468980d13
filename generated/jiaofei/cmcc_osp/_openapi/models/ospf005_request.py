from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospf005_request_product_type import (
    OSPF005RequestProductType,
    check_ospf005_request_product_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPF005Request")


@_attrs_define
class OSPF005Request:
    """定向流量包剩余占比通知接口 请求参数 (§3.2.5)

    Attributes:
        opr_numb (str): 发起方的操作流水号
        number (str): 业务号码: 办理业务的号码，或新购的手机号
        boss_product_id (str): 省侧定向流量包产品编码
        service_id_list (str): 全网统一APP服务编码: 多个ServiceID用英文分号分隔，如ServiceID1;ServiceID2;ServiceID3
        threshold (str): 剩余流量占比: 单位：% 如100表示100%，以此类推50表示50%，0表示0%
        result_time (str): 统计时间: 省公司统计阈值的时间：YYYYMMDDHHMMSS
        product_type (OSPF005RequestProductType | Unset): 定向流量包产品类型: 01-定向视频流量包；02-定向音乐流量包；03-定向游戏流量包；04-其他；99-不区分
        goods_id (str | Unset): 定向流量包全网商品编码: 一级能力开放平台侧统一商品编码
    """

    opr_numb: str
    number: str
    boss_product_id: str
    service_id_list: str
    threshold: str
    result_time: str
    product_type: OSPF005RequestProductType | Unset = UNSET
    goods_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        opr_numb = self.opr_numb

        number = self.number

        boss_product_id = self.boss_product_id

        service_id_list = self.service_id_list

        threshold = self.threshold

        result_time = self.result_time

        product_type: str | Unset = UNSET
        if not isinstance(self.product_type, Unset):
            product_type = self.product_type

        goods_id = self.goods_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "oprNumb": opr_numb,
                "number": number,
                "bossProductId": boss_product_id,
                "serviceIdList": service_id_list,
                "threshold": threshold,
                "ResultTime": result_time,
            }
        )
        if product_type is not UNSET:
            field_dict["productType"] = product_type
        if goods_id is not UNSET:
            field_dict["goodsId"] = goods_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opr_numb = d.pop("oprNumb")

        number = d.pop("number")

        boss_product_id = d.pop("bossProductId")

        service_id_list = d.pop("serviceIdList")

        threshold = d.pop("threshold")

        result_time = d.pop("ResultTime")

        _product_type = d.pop("productType", UNSET)
        product_type: OSPF005RequestProductType | Unset
        if isinstance(_product_type, Unset):
            product_type = UNSET
        else:
            product_type = check_ospf005_request_product_type(_product_type)

        goods_id = d.pop("goodsId", UNSET)

        ospf005_request = cls(
            opr_numb=opr_numb,
            number=number,
            boss_product_id=boss_product_id,
            service_id_list=service_id_list,
            threshold=threshold,
            result_time=result_time,
            product_type=product_type,
            goods_id=goods_id,
        )

        return ospf005_request
