from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录十一产品类型编码表 import check_附录十一产品类型编码表, 附录十一产品类型编码表
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq006_boss_product_info import OSPQ006BossProductInfo


T = TypeVar("T", bound="OSPQ006UniQryRec")


@_attrs_define
class OSPQ006UniQryRec:
    """业务信息 (§4.5 uniQryRecList)

    Attributes:
        boss_product_type (附录十一产品类型编码表): 产品类型编码表: 产品类型；表列 编码 / 产品类型
        boss_product_info (list[OSPQ006BossProductInfo] | Unset): 产品信息: 要求按照时间先后顺序排序(按生效时间 升序)
    """

    boss_product_type: 附录十一产品类型编码表
    boss_product_info: list[OSPQ006BossProductInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boss_product_type: str = self.boss_product_type

        boss_product_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.boss_product_info, Unset):
            boss_product_info = []
            for boss_product_info_item_data in self.boss_product_info:
                boss_product_info_item = boss_product_info_item_data.to_dict()
                boss_product_info.append(boss_product_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bossProductType": boss_product_type,
            }
        )
        if boss_product_info is not UNSET:
            field_dict["bossProductInfo"] = boss_product_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq006_boss_product_info import OSPQ006BossProductInfo  # noqa: PLC0415

        d = dict(src_dict)
        boss_product_type = check_附录十一产品类型编码表(d.pop("bossProductType"))

        _boss_product_info = d.pop("bossProductInfo", UNSET)
        boss_product_info: list[OSPQ006BossProductInfo] | Unset = UNSET
        if _boss_product_info is not UNSET:
            boss_product_info = []
            for boss_product_info_item_data in _boss_product_info:
                boss_product_info_item = OSPQ006BossProductInfo.from_dict(
                    boss_product_info_item_data
                )

                boss_product_info.append(boss_product_info_item)

        ospq006_uni_qry_rec = cls(
            boss_product_type=boss_product_type,
            boss_product_info=boss_product_info,
        )

        ospq006_uni_qry_rec.additional_properties = d
        return ospq006_uni_qry_rec

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
