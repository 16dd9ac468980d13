from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq019_reply_biz_code import OSPQ019ReplyBizCode, check_ospq019_reply_biz_code
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq019_package_usage import OSPQ019PackageUsage


T = TypeVar("T", bound="OSPQ019Reply")


@_attrs_define
class OSPQ019Reply:
    """响应结果说明 (§4.18)

    Attributes:
        biz_code (OSPQ019ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        service_number (str): 服务号码
        bill_value (str): 流量总量
        used_value (str): 已使用总量
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        package_used_list (list[OSPQ019PackageUsage] | Unset): 套餐使用明细
    """

    biz_code: OSPQ019ReplyBizCode
    service_number: str
    bill_value: str
    used_value: str
    biz_desc: str | Unset = UNSET
    package_used_list: list[OSPQ019PackageUsage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        service_number = self.service_number

        bill_value = self.bill_value

        used_value = self.used_value

        biz_desc = self.biz_desc

        package_used_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.package_used_list, Unset):
            package_used_list = []
            for package_used_list_item_data in self.package_used_list:
                package_used_list_item = package_used_list_item_data.to_dict()
                package_used_list.append(package_used_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "serviceNumber": service_number,
                "billValue": bill_value,
                "usedValue": used_value,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if package_used_list is not UNSET:
            field_dict["packageUsedList"] = package_used_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq019_package_usage import OSPQ019PackageUsage  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospq019_reply_biz_code(d.pop("bizCode"))

        service_number = d.pop("serviceNumber")

        bill_value = d.pop("billValue")

        used_value = d.pop("usedValue")

        biz_desc = d.pop("bizDesc", UNSET)

        _package_used_list = d.pop("packageUsedList", UNSET)
        package_used_list: list[OSPQ019PackageUsage] | Unset = UNSET
        if _package_used_list is not UNSET:
            package_used_list = []
            for package_used_list_item_data in _package_used_list:
                package_used_list_item = OSPQ019PackageUsage.from_dict(package_used_list_item_data)

                package_used_list.append(package_used_list_item)

        ospq019_reply = cls(
            biz_code=biz_code,
            service_number=service_number,
            bill_value=bill_value,
            used_value=used_value,
            biz_desc=biz_desc,
            package_used_list=package_used_list,
        )

        ospq019_reply.additional_properties = d
        return ospq019_reply

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
