from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017ConsigneeInfo")


@_attrs_define
class OSPB017ConsigneeInfo:
    """收货人联系信息 (§3.1.14 consigneeInfo)

    Attributes:
        name (str): 收货人姓名
        province (str): 收货人所在省份: 省份名称
        city (str): 收货人所在市: 市名称
        district (str): 收货人所在地区: 地区名称
        address (str): 收货人的详细地址
        mobilephone (str): 收货人手机号码
        country (str | Unset): 收货人所在国家: 国家名称
        address_id (str | Unset): 标准地址ID
        postcode (str | Unset): 邮编
        landline (str | Unset): 收货人固话号码
    """

    name: str
    province: str
    city: str
    district: str
    address: str
    mobilephone: str
    country: str | Unset = UNSET
    address_id: str | Unset = UNSET
    postcode: str | Unset = UNSET
    landline: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        province = self.province

        city = self.city

        district = self.district

        address = self.address

        mobilephone = self.mobilephone

        country = self.country

        address_id = self.address_id

        postcode = self.postcode

        landline = self.landline

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "province": province,
                "city": city,
                "district": district,
                "address": address,
                "mobilephone": mobilephone,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if address_id is not UNSET:
            field_dict["addressId"] = address_id
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if landline is not UNSET:
            field_dict["landline"] = landline

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        province = d.pop("province")

        city = d.pop("city")

        district = d.pop("district")

        address = d.pop("address")

        mobilephone = d.pop("mobilephone")

        country = d.pop("country", UNSET)

        address_id = d.pop("addressId", UNSET)

        postcode = d.pop("postcode", UNSET)

        landline = d.pop("landline", UNSET)

        ospb017_consignee_info = cls(
            name=name,
            province=province,
            city=city,
            district=district,
            address=address,
            mobilephone=mobilephone,
            country=country,
            address_id=address_id,
            postcode=postcode,
            landline=landline,
        )

        return ospb017_consignee_info
