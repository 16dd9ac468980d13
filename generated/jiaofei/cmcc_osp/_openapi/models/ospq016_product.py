from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OSPQ016Product")


@_attrs_define
class OSPQ016Product:
    """产品名称 productList 的一项

    Attributes:
        product_id (str): 产品id: 产品编码
        product_name (str): 产品名称
        product_desc (str): 产品描述
        product_eff_date (datetime.datetime): 产品生效时间: 生效时间YYYYMMDDHH24MISS
        product_exp_date (datetime.datetime): 产品失效时间: 失效时间YYYYMMDDHH24MISS
    """

    product_id: str
    product_name: str
    product_desc: str
    product_eff_date: datetime.datetime
    product_exp_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        product_name = self.product_name

        product_desc = self.product_desc

        product_eff_date = self.product_eff_date.isoformat()

        product_exp_date = self.product_exp_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "productName": product_name,
                "productDesc": product_desc,
                "productEffDate": product_eff_date,
                "productExpDate": product_exp_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        product_id = d.pop("productId")

        product_name = d.pop("productName")

        product_desc = d.pop("productDesc")

        product_eff_date = datetime.datetime.fromisoformat(d.pop("productEffDate"))

        product_exp_date = datetime.datetime.fromisoformat(d.pop("productExpDate"))

        ospq016_product = cls(
            product_id=product_id,
            product_name=product_name,
            product_desc=product_desc,
            product_eff_date=product_eff_date,
            product_exp_date=product_exp_date,
        )

        ospq016_product.additional_properties = d
        return ospq016_product

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
