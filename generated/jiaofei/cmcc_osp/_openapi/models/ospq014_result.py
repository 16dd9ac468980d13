from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq014_result_biz_code import OSPQ014ResultBizCode, check_ospq014_result_biz_code
from ..models.ospq014_result_biz_type_code import (
    OSPQ014ResultBizTypeCode,
    check_ospq014_result_biz_type_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ014Result")


@_attrs_define
class OSPQ014Result:
    """响应结果说明 (§4.13)

    Attributes:
        biz_type_code (OSPQ014ResultBizTypeCode): 业务类型编码: 1-定制终端预置APP赠送流量;
        imei (str): IMEI
        biz_code (OSPQ014ResultBizCode): 结果码: 1-在库; 2-不在库
        biz_desc (str | Unset): 结果描述
    """

    biz_type_code: OSPQ014ResultBizTypeCode
    imei: str
    biz_code: OSPQ014ResultBizCode
    biz_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_type_code: str = self.biz_type_code

        imei = self.imei

        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizTypeCode": biz_type_code,
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
        biz_type_code = check_ospq014_result_biz_type_code(d.pop("bizTypeCode"))

        imei = d.pop("imei")

        biz_code = check_ospq014_result_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospq014_result = cls(
            biz_type_code=biz_type_code,
            imei=imei,
            biz_code=biz_code,
            biz_desc=biz_desc,
        )

        ospq014_result.additional_properties = d
        return ospq014_result

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
