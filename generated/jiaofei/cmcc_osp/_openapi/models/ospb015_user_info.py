from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录九用户星级编码 import check_附录九用户星级编码, 附录九用户星级编码
from ..models.附录八省份编码附录十八省编码表 import (
    check_附录八省份编码附录十八省编码表,
    附录八省份编码附录十八省编码表,
)
from ..models.附录十用户状态编码 import check_附录十用户状态编码, 附录十用户状态编码

T = TypeVar("T", bound="OSPB015UserInfo")


@_attrs_define
class OSPB015UserInfo:
    """用户信息 (§3.1.12 userInfo)

    Attributes:
        id_item_range (str): 用户标识: 认证账号，唯一标识一个用户
        custom_id (str): 客户标识: CRM系统中的手机号码对应的客户ID
        province (附录八省份编码附录十八省编码表): 省份编码: 三位省编码；附录八 (省份编码 / 省份名称) and 附录十八 省编码表 (序号 / 省编码 PROVINCE_CODE / 省名称
            PROVINCE_NAME / 省缩写 PROVINCE_ABBREVIATION) list the same 31 provinces with the same codes, names and order.
            x-enum-details keeps 附录八's 省份名称 and 附录十八's 序号, 省名称 and 省缩写
        star_level (附录九用户星级编码): 用户星级编码: 用户星级；表列 编码 / 说明
        status (附录十用户状态编码): 用户状态编码: 用户状态；表列 编码 / 状态
    """

    id_item_range: str
    custom_id: str
    province: 附录八省份编码附录十八省编码表
    star_level: 附录九用户星级编码
    status: 附录十用户状态编码
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_item_range = self.id_item_range

        custom_id = self.custom_id

        province: str = self.province

        star_level: str = self.star_level

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idItemRange": id_item_range,
                "customId": custom_id,
                "province": province,
                "starLevel": star_level,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_item_range = d.pop("idItemRange")

        custom_id = d.pop("customId")

        province = check_附录八省份编码附录十八省编码表(d.pop("province"))

        star_level = check_附录九用户星级编码(d.pop("starLevel"))

        status = check_附录十用户状态编码(d.pop("status"))

        ospb015_user_info = cls(
            id_item_range=id_item_range,
            custom_id=custom_id,
            province=province,
            star_level=star_level,
            status=status,
        )

        ospb015_user_info.additional_properties = d
        return ospb015_user_info

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
