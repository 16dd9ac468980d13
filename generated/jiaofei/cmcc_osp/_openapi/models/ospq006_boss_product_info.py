from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq006_boss_product_info_business_type import (
    OSPQ006BossProductInfoBusinessType,
    check_ospq006_boss_product_info_business_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ006BossProductInfo")


@_attrs_define
class OSPQ006BossProductInfo:
    """产品信息 (§4.5 bossProductInfo)

    Attributes:
        business_type (OSPQ006BossProductInfoBusinessType): 编码类型: 01:产品编码；02:企业代码+业务代码
        boss_product_name (str): 产品名称
        start_time (datetime.date): 生效时间: YYYYMMDD
        business_code (str | Unset): 产品唯一编码: 当编码类型为01：产品编码时填写
        spid (str | Unset): 企业代码: 当编码类型为02:企业代码+业务代码填写
        boss_biz_code (str | Unset): 业务代码: 当编码类型为02:企业代码+业务代码填写
        fee_standard (str | Unset): 资费标准: 格式：XX元/月当产品类型为02：增值业务类时填写
        order_time (datetime.date | Unset): 订购时间: YYYYMMDD当产品类型为01：套餐类业务、04：营销活动等其他类时填写
        expire_time (datetime.date | Unset): 失效时间: YYYYMMDD
        bill_type (str | Unset): 计费类型: 增值业务类需要填写计费类型，例如“包月”当产品类型为02：增值业务类时填写
    """

    business_type: OSPQ006BossProductInfoBusinessType
    boss_product_name: str
    start_time: datetime.date
    business_code: str | Unset = UNSET
    spid: str | Unset = UNSET
    boss_biz_code: str | Unset = UNSET
    fee_standard: str | Unset = UNSET
    order_time: datetime.date | Unset = UNSET
    expire_time: datetime.date | Unset = UNSET
    bill_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_type: str = self.business_type

        boss_product_name = self.boss_product_name

        start_time = self.start_time.isoformat()

        business_code = self.business_code

        spid = self.spid

        boss_biz_code = self.boss_biz_code

        fee_standard = self.fee_standard

        order_time: str | Unset = UNSET
        if not isinstance(self.order_time, Unset):
            order_time = self.order_time.isoformat()

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        bill_type = self.bill_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "businessType": business_type,
                "bossProductName": boss_product_name,
                "startTime": start_time,
            }
        )
        if business_code is not UNSET:
            field_dict["businessCode"] = business_code
        if spid is not UNSET:
            field_dict["spid"] = spid
        if boss_biz_code is not UNSET:
            field_dict["bossBizCode"] = boss_biz_code
        if fee_standard is not UNSET:
            field_dict["feeStandard"] = fee_standard
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if bill_type is not UNSET:
            field_dict["billType"] = bill_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        business_type = check_ospq006_boss_product_info_business_type(d.pop("businessType"))

        boss_product_name = d.pop("bossProductName")

        start_time = datetime.date.fromisoformat(d.pop("startTime"))

        business_code = d.pop("businessCode", UNSET)

        spid = d.pop("spid", UNSET)

        boss_biz_code = d.pop("bossBizCode", UNSET)

        fee_standard = d.pop("feeStandard", UNSET)

        _order_time = d.pop("orderTime", UNSET)
        order_time: datetime.date | Unset
        if isinstance(_order_time, Unset):
            order_time = UNSET
        else:
            order_time = datetime.date.fromisoformat(_order_time)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.date | Unset
        if isinstance(_expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = datetime.date.fromisoformat(_expire_time)

        bill_type = d.pop("billType", UNSET)

        ospq006_boss_product_info = cls(
            business_type=business_type,
            boss_product_name=boss_product_name,
            start_time=start_time,
            business_code=business_code,
            spid=spid,
            boss_biz_code=boss_biz_code,
            fee_standard=fee_standard,
            order_time=order_time,
            expire_time=expire_time,
            bill_type=bill_type,
        )

        ospq006_boss_product_info.additional_properties = d
        return ospq006_boss_product_info

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
