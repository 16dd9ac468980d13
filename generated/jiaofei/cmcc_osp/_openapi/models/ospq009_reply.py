from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq009_reply_inter_roam_funcstat import (
    OSPQ009ReplyInterRoamFuncstat,
    check_ospq009_reply_inter_roam_funcstat,
)
from ..models.ospq009_reply_service_type import (
    OSPQ009ReplyServiceType,
    check_ospq009_reply_service_type,
)
from ..models.附录八省份编码附录十八省编码表 import (
    check_附录八省份编码附录十八省编码表,
    附录八省份编码附录十八省编码表,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ009Reply")


@_attrs_define
class OSPQ009Reply:
    """响应结果说明 (§4.8)

    Attributes:
        mobile (str): 手机号码: 移动用户终端号码，不带“+86”的手机号码
        province_code (附录八省份编码附录十八省编码表): 省份编码: 三位省编码；附录八 (省份编码 / 省份名称) and 附录十八 省编码表 (序号 / 省编码 PROVINCE_CODE / 省名称
            PROVINCE_NAME / 省缩写 PROVINCE_ABBREVIATION) list the same 31 provinces with the same codes, names and order.
            x-enum-details keeps 附录八's 省份名称 and 附录十八's 序号, 省名称 and 省缩写
        inter_roam_funcstat (OSPQ009ReplyInterRoamFuncstat): 用户国漫服务开通状态: 1-已开通;2-未开通;3-其他
        service_type (OSPQ009ReplyServiceType | Unset): 服务类型: interRoamFuncstat为1时填写，01-语音，短信业务;02-数据业务;03-预付费香港漫游;04-
            预付费澳门漫游;05-预付费台湾漫游;06-预付费港澳台漫游;07-预付费港澳漫游;08-预付费港台漫游;09-预付费澳台漫游;10
            -30天国际漫游;11-180天国际漫游,其中03、04、05、06、07、08、09都默认包含语音、短信和数据业务，仅供广东使用
        inter_roam_effective_time (datetime.datetime | Unset): 国漫开通生效时间:
            interRoamFuncstat为1时填写BOSS侧服务生效时间格式如：YYYYMMDDHHmmSS
        inter_roam_expire_time (datetime.datetime | Unset): 国漫开通失效时间:
            interRoamFuncstat为1时必须国漫开通状态失效期时间格式如：YYYYMMDDHHmmSS
    """

    mobile: str
    province_code: 附录八省份编码附录十八省编码表
    inter_roam_funcstat: OSPQ009ReplyInterRoamFuncstat
    service_type: OSPQ009ReplyServiceType | Unset = UNSET
    inter_roam_effective_time: datetime.datetime | Unset = UNSET
    inter_roam_expire_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        province_code: str = self.province_code

        inter_roam_funcstat: str = self.inter_roam_funcstat

        service_type: str | Unset = UNSET
        if not isinstance(self.service_type, Unset):
            service_type = self.service_type

        inter_roam_effective_time: str | Unset = UNSET
        if not isinstance(self.inter_roam_effective_time, Unset):
            inter_roam_effective_time = self.inter_roam_effective_time.isoformat()

        inter_roam_expire_time: str | Unset = UNSET
        if not isinstance(self.inter_roam_expire_time, Unset):
            inter_roam_expire_time = self.inter_roam_expire_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
                "provinceCode": province_code,
                "interRoamFuncstat": inter_roam_funcstat,
            }
        )
        if service_type is not UNSET:
            field_dict["serviceType"] = service_type
        if inter_roam_effective_time is not UNSET:
            field_dict["interRoamEffectiveTime"] = inter_roam_effective_time
        if inter_roam_expire_time is not UNSET:
            field_dict["interRoamExpireTime"] = inter_roam_expire_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        province_code = check_附录八省份编码附录十八省编码表(d.pop("provinceCode"))

        inter_roam_funcstat = check_ospq009_reply_inter_roam_funcstat(d.pop("interRoamFuncstat"))

        _service_type = d.pop("serviceType", UNSET)
        service_type: OSPQ009ReplyServiceType | Unset
        if isinstance(_service_type, Unset):
            service_type = UNSET
        else:
            service_type = check_ospq009_reply_service_type(_service_type)

        _inter_roam_effective_time = d.pop("interRoamEffectiveTime", UNSET)
        inter_roam_effective_time: datetime.datetime | Unset
        if isinstance(_inter_roam_effective_time, Unset):
            inter_roam_effective_time = UNSET
        else:
            inter_roam_effective_time = datetime.datetime.fromisoformat(_inter_roam_effective_time)

        _inter_roam_expire_time = d.pop("interRoamExpireTime", UNSET)
        inter_roam_expire_time: datetime.datetime | Unset
        if isinstance(_inter_roam_expire_time, Unset):
            inter_roam_expire_time = UNSET
        else:
            inter_roam_expire_time = datetime.datetime.fromisoformat(_inter_roam_expire_time)

        ospq009_reply = cls(
            mobile=mobile,
            province_code=province_code,
            inter_roam_funcstat=inter_roam_funcstat,
            service_type=service_type,
            inter_roam_effective_time=inter_roam_effective_time,
            inter_roam_expire_time=inter_roam_expire_time,
        )

        ospq009_reply.additional_properties = d
        return ospq009_reply

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
