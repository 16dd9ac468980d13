from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ospb022_coupon_busi_rel import OSPB022CouponBusiRel


T = TypeVar("T", bound="OSPB022CouponData")


@_attrs_define
class OSPB022CouponData:
    """应答数据 (§3.1.19 data)

    Attributes:
        busi_type (str): 品类编码: 附录十五
        p_card_type (str): 卡券类型: 附录十五
        p_card_password (str): 券码
        card_name (str): 券名称
        p_card_act_name (str): 卡券活动名称
        card_info (str): 券简述
        card_desc (str): 券使用规则
        coupon_value (str): 券面额
        effective_time (datetime.datetime): 卡券使用生效时间: 格式：YYYYMMDDHHmmss
        expire_time (datetime.datetime): 卡券使用失效时间: 格式：YYYYMMDDHHmmss
        jump_pc_url (str): WEB跳转地址
        jump_wlan_url (str): 触屏跳转地址
        jump_app_url (str): app跳转地址
        p_card_busi_rel_list (list[OSPB022CouponBusiRel]): 关联活动列表
    """

    busi_type: str
    p_card_type: str
    p_card_password: str
    card_name: str
    p_card_act_name: str
    card_info: str
    card_desc: str
    coupon_value: str
    effective_time: datetime.datetime
    expire_time: datetime.datetime
    jump_pc_url: str
    jump_wlan_url: str
    jump_app_url: str
    p_card_busi_rel_list: list[OSPB022CouponBusiRel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        busi_type = self.busi_type

        p_card_type = self.p_card_type

        p_card_password = self.p_card_password

        card_name = self.card_name

        p_card_act_name = self.p_card_act_name

        card_info = self.card_info

        card_desc = self.card_desc

        coupon_value = self.coupon_value

        effective_time = self.effective_time.isoformat()

        expire_time = self.expire_time.isoformat()

        jump_pc_url = self.jump_pc_url

        jump_wlan_url = self.jump_wlan_url

        jump_app_url = self.jump_app_url

        p_card_busi_rel_list = []
        for p_card_busi_rel_list_item_data in self.p_card_busi_rel_list:
            p_card_busi_rel_list_item = p_card_busi_rel_list_item_data.to_dict()
            p_card_busi_rel_list.append(p_card_busi_rel_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "busiType": busi_type,
                "pCardType": p_card_type,
                "pCardPassword": p_card_password,
                "cardName": card_name,
                "pCardActName": p_card_act_name,
                "cardInfo": card_info,
                "cardDesc": card_desc,
                "couponValue": coupon_value,
                "effectiveTime": effective_time,
                "expireTime": expire_time,
                "jumpPcUrl": jump_pc_url,
                "jumpWlanUrl": jump_wlan_url,
                "jumpAppUrl": jump_app_url,
                "pCardBusiRelList": p_card_busi_rel_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb022_coupon_busi_rel import OSPB022CouponBusiRel  # noqa: PLC0415

        d = dict(src_dict)
        busi_type = d.pop("busiType")

        p_card_type = d.pop("pCardType")

        p_card_password = d.pop("pCardPassword")

        card_name = d.pop("cardName")

        p_card_act_name = d.pop("pCardActName")

        card_info = d.pop("cardInfo")

        card_desc = d.pop("cardDesc")

        coupon_value = d.pop("couponValue")

        effective_time = datetime.datetime.fromisoformat(d.pop("effectiveTime"))

        expire_time = datetime.datetime.fromisoformat(d.pop("expireTime"))

        jump_pc_url = d.pop("jumpPcUrl")

        jump_wlan_url = d.pop("jumpWlanUrl")

        jump_app_url = d.pop("jumpAppUrl")

        p_card_busi_rel_list = []
        _p_card_busi_rel_list = d.pop("pCardBusiRelList")
        for p_card_busi_rel_list_item_data in _p_card_busi_rel_list:
            p_card_busi_rel_list_item = OSPB022CouponBusiRel.from_dict(
                p_card_busi_rel_list_item_data
            )

            p_card_busi_rel_list.append(p_card_busi_rel_list_item)

        ospb022_coupon_data = cls(
            busi_type=busi_type,
            p_card_type=p_card_type,
            p_card_password=p_card_password,
            card_name=card_name,
            p_card_act_name=p_card_act_name,
            card_info=card_info,
            card_desc=card_desc,
            coupon_value=coupon_value,
            effective_time=effective_time,
            expire_time=expire_time,
            jump_pc_url=jump_pc_url,
            jump_wlan_url=jump_wlan_url,
            jump_app_url=jump_app_url,
            p_card_busi_rel_list=p_card_busi_rel_list,
        )

        ospb022_coupon_data.additional_properties = d
        return ospb022_coupon_data

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
