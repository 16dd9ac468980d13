from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_resource_left import OSPQ017ResourceLeft


T = TypeVar("T", bound="OSPQ017SecResource")


@_attrs_define
class OSPQ017SecResource:
    """二级资源信息 secResourcesInfo 的一项

    Attributes:
        sec_resources_name (str | Unset): 资源信息名称
        resources_left_info (list[OSPQ017ResourceLeft] | Unset): 资源信息内容
    """

    sec_resources_name: str | Unset = UNSET
    resources_left_info: list[OSPQ017ResourceLeft] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sec_resources_name = self.sec_resources_name

        resources_left_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources_left_info, Unset):
            resources_left_info = []
            for resources_left_info_item_data in self.resources_left_info:
                resources_left_info_item = resources_left_info_item_data.to_dict()
                resources_left_info.append(resources_left_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sec_resources_name is not UNSET:
            field_dict["secResourcesName"] = sec_resources_name
        if resources_left_info is not UNSET:
            field_dict["resourcesLeftInfo"] = resources_left_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_resource_left import OSPQ017ResourceLeft  # noqa: PLC0415

        d = dict(src_dict)
        sec_resources_name = d.pop("secResourcesName", UNSET)

        _resources_left_info = d.pop("resourcesLeftInfo", UNSET)
        resources_left_info: list[OSPQ017ResourceLeft] | Unset = UNSET
        if _resources_left_info is not UNSET:
            resources_left_info = []
            for resources_left_info_item_data in _resources_left_info:
                resources_left_info_item = OSPQ017ResourceLeft.from_dict(
                    resources_left_info_item_data
                )

                resources_left_info.append(resources_left_info_item)

        ospq017_sec_resource = cls(
            sec_resources_name=sec_resources_name,
            resources_left_info=resources_left_info,
        )

        ospq017_sec_resource.additional_properties = d
        return ospq017_sec_resource

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
