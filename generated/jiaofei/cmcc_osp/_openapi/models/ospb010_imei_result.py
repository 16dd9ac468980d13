from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospb010_imei_result_biz_code import (
    OSPB010ImeiResultBizCode,
    check_ospb010_imei_result_biz_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB010ImeiResult")


@_attrs_define
class OSPB010ImeiResult:
    """响应结果说明 (§3.1.10)

    Attributes:
        imei (str): IMEI
        biz_code (OSPB010ImeiResultBizCode): 结果码:
            1-通过；2-不通过，该IMEI不存在；3-不通过，该IMEI不属于该渠道；4-不通过，该IMEI已被绑定；5-不通过，当前IMEI的产品等级不符合出库/换货要求
        biz_desc (str | Unset): 结果描述
    """

    imei: str
    biz_code: OSPB010ImeiResultBizCode
    biz_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imei = self.imei

        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imei": imei,
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imei = d.pop("imei")

        biz_code = check_ospb010_imei_result_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospb010_imei_result = cls(
            imei=imei,
            biz_code=biz_code,
            biz_desc=biz_desc,
        )

        ospb010_imei_result.additional_properties = d
        return ospb010_imei_result

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
