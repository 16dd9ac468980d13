from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq015_reply_biz_code import OSPQ015ReplyBizCode, check_ospq015_reply_biz_code
from ..models.ospq015_reply_is_local import OSPQ015ReplyIsLocal, check_ospq015_reply_is_local
from ..models.附录八省份编码附录十八省编码表 import (
    check_附录八省份编码附录十八省编码表,
    附录八省份编码附录十八省编码表,
)
from ..models.附录十八地域编码表地市编码表 import (
    check_附录十八地域编码表地市编码表,
    附录十八地域编码表地市编码表,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ015Reply")


@_attrs_define
class OSPQ015Reply:
    """响应结果说明 (§4.14)

    Attributes:
        biz_code (OSPQ015ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        is_local (OSPQ015ReplyIsLocal): 是否本省号码: 0：是 1：否
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        city_id (附录八省份编码附录十八省编码表 | Unset): 省份编码: 三位省编码；附录八 (省份编码 / 省份名称) and 附录十八 省编码表 (序号 / 省编码 PROVINCE_CODE / 省名称
            PROVINCE_NAME / 省缩写 PROVINCE_ABBREVIATION) list the same 31 provinces with the same codes, names and order.
            x-enum-details keeps 附录八's 省份名称 and 附录十八's 序号, 省名称 and 省缩写
        area_code (附录十八地域编码表地市编码表 | Unset): 地市编码: 地市编码表 (序号 / 地市编码AREA_CODE / 地市名称CITY_NAME /
            所属省缩写PROVINCE_ABBREVIATION)。x-enum-details gives each code's 序号, 地市名称, 所属省缩写 (verbatim) and 省编码 (the
            ProvinceCode of that abbreviation in 附录十八 省编码表). Codes shorter than three digits are also listed zero-padded, as
            the table's 说明 (x-note) allows
    """

    biz_code: OSPQ015ReplyBizCode
    is_local: OSPQ015ReplyIsLocal
    biz_desc: str | Unset = UNSET
    city_id: 附录八省份编码附录十八省编码表 | Unset = UNSET
    area_code: 附录十八地域编码表地市编码表 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        is_local: str = self.is_local

        biz_desc = self.biz_desc

        city_id: str | Unset = UNSET
        if not isinstance(self.city_id, Unset):
            city_id = self.city_id

        area_code: str | Unset = UNSET
        if not isinstance(self.area_code, Unset):
            area_code = self.area_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "isLocal": is_local,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if city_id is not UNSET:
            field_dict["cityId"] = city_id
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospq015_reply_biz_code(d.pop("bizCode"))

        is_local = check_ospq015_reply_is_local(d.pop("isLocal"))

        biz_desc = d.pop("bizDesc", UNSET)

        _city_id = d.pop("cityId", UNSET)
        city_id: 附录八省份编码附录十八省编码表 | Unset
        if isinstance(_city_id, Unset):
            city_id = UNSET
        else:
            city_id = check_附录八省份编码附录十八省编码表(_city_id)

        _area_code = d.pop("areaCode", UNSET)
        area_code: 附录十八地域编码表地市编码表 | Unset
        if isinstance(_area_code, Unset):
            area_code = UNSET
        else:
            area_code = check_附录十八地域编码表地市编码表(_area_code)

        ospq015_reply = cls(
            biz_code=biz_code,
            is_local=is_local,
            biz_desc=biz_desc,
            city_id=city_id,
            area_code=area_code,
        )

        ospq015_reply.additional_properties = d
        return ospq015_reply

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
