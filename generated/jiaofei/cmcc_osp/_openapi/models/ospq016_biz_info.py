from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq016_biz_info_product_type import (
    OSPQ016BizInfoProductType,
    check_ospq016_biz_info_product_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq016_product_info import OSPQ016ProductInfo


T = TypeVar("T", bound="OSPQ016BizInfo")


@_attrs_define
class OSPQ016BizInfo:
    """业务信息 bizInfoList 的一项

    Attributes:
        product_type (OSPQ016BizInfoProductType): 产品类型: 01：套餐类02：增值业务类、03：服务功能类、04：营销活动等其他类
        product_info (list[OSPQ016ProductInfo] | Unset): 产品信息: 要求按照时间先后顺序排序
    """

    product_type: OSPQ016BizInfoProductType
    product_info: list[OSPQ016ProductInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_type: str = self.product_type

        product_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_info, Unset):
            product_info = []
            for product_info_item_data in self.product_info:
                product_info_item = product_info_item_data.to_dict()
                product_info.append(product_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productType": product_type,
            }
        )
        if product_info is not UNSET:
            field_dict["productInfo"] = product_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq016_product_info import OSPQ016ProductInfo  # noqa: PLC0415

        d = dict(src_dict)
        product_type = check_ospq016_biz_info_product_type(d.pop("productType"))

        _product_info = d.pop("productInfo", UNSET)
        product_info: list[OSPQ016ProductInfo] | Unset = UNSET
        if _product_info is not UNSET:
            product_info = []
            for product_info_item_data in _product_info:
                product_info_item = OSPQ016ProductInfo.from_dict(product_info_item_data)

                product_info.append(product_info_item)

        ospq016_biz_info = cls(
            product_type=product_type,
            product_info=product_info,
        )

        ospq016_biz_info.additional_properties = d
        return ospq016_biz_info

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
