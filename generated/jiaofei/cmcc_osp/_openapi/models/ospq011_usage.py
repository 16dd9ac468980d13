from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq011_usage_product_status import (
    OSPQ011UsageProductStatus,
    check_ospq011_usage_product_status,
)
from ..models.ospq011_usage_product_type import (
    OSPQ011UsageProductType,
    check_ospq011_usage_product_type,
)
from ..models.附录八省份编码附录十八省编码表 import (
    check_附录八省份编码附录十八省编码表,
    附录八省份编码附录十八省编码表,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ011Usage")


@_attrs_define
class OSPQ011Usage:
    """响应结果说明 (§4.10)

    Attributes:
        mobile (str): 手机号码: 移动用户终端号码，不带“+86”的手机号码
        province_code (附录八省份编码附录十八省编码表): 省份编码: 三位省编码；附录八 (省份编码 / 省份名称) and 附录十八 省编码表 (序号 / 省编码 PROVINCE_CODE / 省名称
            PROVINCE_NAME / 省缩写 PROVINCE_ABBREVIATION) list the same 31 provinces with the same codes, names and order.
            x-enum-details keeps 附录八's 省份名称 and 附录十八's 序号, 省名称 and 省缩写
        opr_time (datetime.datetime): 操作时间: 用户基本信息查询处理的时间格式如： YYYYMMDDHHmmSS
        product_id (str): 商品Id: 能力平台唯一商品Id
        product_type (OSPQ011UsageProductType): 产品类型: 00 - 一次性产品 01 - 功能性产品
        product_inst_id (str): 产品订购流水: 产品订购产生的唯一流水号
        product_status (OSPQ011UsageProductStatus): 产品状态: 00 - 未激活，未过期；01 - 未激活，已过期；02 - 已激活，正在使用；03 - 已激活，使用完毕；04 -
            已退订；05 - 已销户退订
        product_effective_time (datetime.datetime): 订购生效时间: 产品成功订购的时间，格式如：YYYYMMDDHHmmSS
        product_expire_time (datetime.datetime): 订购过期时间: 用户必须在订购过期时间前使用，格式如： YYYYMMDDHHmmSS
        product_active_time (datetime.datetime | Unset): 产品激活时间: ProductType产品类型取值为01时不填写，用户首次使用的时间，新增用户订购信息时没有该时间的，格式如：
            YYYYMMDDHHmmSS
        product_end_time (datetime.datetime | Unset): 产品失效时间: ProductType产品类型取值为01时不填写，产品资源使用完毕的时间，格式如：YYYYMMDDHHmmSS
        left_days (int | Unset): 剩余天数: 包天类产品填写，该产品剩余天数
        used_days (int | Unset): 已使用天数: 包天类产品填写，已经使用的天数
        all_days (int | Unset): 包天类产品包含总天数: 包天类产品填写，包含总天数
        left_flows (int | Unset): 剩余流量数: 包流量类产品填写，该产品剩余流量数，单位为：KB
        used_flows (int | Unset): 已使用量: 包流量类产品填写，已经使用流量数，单位为：KB
        all_flows (int | Unset): 包量类产品包含总流量数: 包流量类产品填写，包含总流量数，单位为：KB
        left_voice (int | Unset): 剩余语音分钟数: 包语音类产品填写，该产品剩余语音分钟数，单位：分钟
        used_voice (int | Unset): 已使用语音分钟数: 包语音类产品填写，该产品已使用语音分钟数
        all_voice (int | Unset): 包语音类产品的全部语音分钟数: 包语音类产品填写，该产品全部语音分钟数，单位：分钟
    """

    mobile: str
    province_code: 附录八省份编码附录十八省编码表
    opr_time: datetime.datetime
    product_id: str
    product_type: OSPQ011UsageProductType
    product_inst_id: str
    product_status: OSPQ011UsageProductStatus
    product_effective_time: datetime.datetime
    product_expire_time: datetime.datetime
    product_active_time: datetime.datetime | Unset = UNSET
    product_end_time: datetime.datetime | Unset = UNSET
    left_days: int | Unset = UNSET
    used_days: int | Unset = UNSET
    all_days: int | Unset = UNSET
    left_flows: int | Unset = UNSET
    used_flows: int | Unset = UNSET
    all_flows: int | Unset = UNSET
    left_voice: int | Unset = UNSET
    used_voice: int | Unset = UNSET
    all_voice: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        province_code: str = self.province_code

        opr_time = self.opr_time.isoformat()

        product_id = self.product_id

        product_type: str = self.product_type

        product_inst_id = self.product_inst_id

        product_status: str = self.product_status

        product_effective_time = self.product_effective_time.isoformat()

        product_expire_time = self.product_expire_time.isoformat()

        product_active_time: str | Unset = UNSET
        if not isinstance(self.product_active_time, Unset):
            product_active_time = self.product_active_time.isoformat()

        product_end_time: str | Unset = UNSET
        if not isinstance(self.product_end_time, Unset):
            product_end_time = self.product_end_time.isoformat()

        left_days = self.left_days

        used_days = self.used_days

        all_days = self.all_days

        left_flows = self.left_flows

        used_flows = self.used_flows

        all_flows = self.all_flows

        left_voice = self.left_voice

        used_voice = self.used_voice

        all_voice = self.all_voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
                "provinceCode": province_code,
                "oprTime": opr_time,
                "productId": product_id,
                "productType": product_type,
                "productInstId": product_inst_id,
                "productStatus": product_status,
                "productEffectiveTime": product_effective_time,
                "productExpireTime": product_expire_time,
            }
        )
        if product_active_time is not UNSET:
            field_dict["productActiveTime"] = product_active_time
        if product_end_time is not UNSET:
            field_dict["productEndTime"] = product_end_time
        if left_days is not UNSET:
            field_dict["leftDays"] = left_days
        if used_days is not UNSET:
            field_dict["usedDays"] = used_days
        if all_days is not UNSET:
            field_dict["allDays"] = all_days
        if left_flows is not UNSET:
            field_dict["leftFlows"] = left_flows
        if used_flows is not UNSET:
            field_dict["usedFlows"] = used_flows
        if all_flows is not UNSET:
            field_dict["allFlows"] = all_flows
        if left_voice is not UNSET:
            field_dict["leftVoice"] = left_voice
        if used_voice is not UNSET:
            field_dict["usedVoice"] = used_voice
        if all_voice is not UNSET:
            field_dict["allVoice"] = all_voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        province_code = check_附录八省份编码附录十八省编码表(d.pop("provinceCode"))

        opr_time = datetime.datetime.fromisoformat(d.pop("oprTime"))

        product_id = d.pop("productId")

        product_type = check_ospq011_usage_product_type(d.pop("productType"))

        product_inst_id = d.pop("productInstId")

        product_status = check_ospq011_usage_product_status(d.pop("productStatus"))

        product_effective_time = datetime.datetime.fromisoformat(d.pop("productEffectiveTime"))

        product_expire_time = datetime.datetime.fromisoformat(d.pop("productExpireTime"))

        _product_active_time = d.pop("productActiveTime", UNSET)
        product_active_time: datetime.datetime | Unset
        if isinstance(_product_active_time, Unset):
            product_active_time = UNSET
        else:
            product_active_time = datetime.datetime.fromisoformat(_product_active_time)

        _product_end_time = d.pop("productEndTime", UNSET)
        product_end_time: datetime.datetime | Unset
        if isinstance(_product_end_time, Unset):
            product_end_time = UNSET
        else:
            product_end_time = datetime.datetime.fromisoformat(_product_end_time)

        left_days = d.pop("leftDays", UNSET)

        used_days = d.pop("usedDays", UNSET)

        all_days = d.pop("allDays", UNSET)

        left_flows = d.pop("leftFlows", UNSET)

        used_flows = d.pop("usedFlows", UNSET)

        all_flows = d.pop("allFlows", UNSET)

        left_voice = d.pop("leftVoice", UNSET)

        used_voice = d.pop("usedVoice", UNSET)

        all_voice = d.pop("allVoice", UNSET)

        ospq011_usage = cls(
            mobile=mobile,
            province_code=province_code,
            opr_time=opr_time,
            product_id=product_id,
            product_type=product_type,
            product_inst_id=product_inst_id,
            product_status=product_status,
            product_effective_time=product_effective_time,
            product_expire_time=product_expire_time,
            product_active_time=product_active_time,
            product_end_time=product_end_time,
            left_days=left_days,
            used_days=used_days,
            all_days=all_days,
            left_flows=left_flows,
            used_flows=used_flows,
            all_flows=all_flows,
            left_voice=left_voice,
            used_voice=used_voice,
            all_voice=all_voice,
        )

        ospq011_usage.additional_properties = d
        return ospq011_usage

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
