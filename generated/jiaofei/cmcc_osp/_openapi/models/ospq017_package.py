from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq017_in_plan import OSPQ017InPlan


T = TypeVar("T", bound="OSPQ017Package")


@_attrs_define
class OSPQ017Package:
    """套餐资源查询 packageList 的一项

    Attributes:
        in_plan_qry (list[OSPQ017InPlan] | Unset): 套餐余量信息查询
    """

    in_plan_qry: list[OSPQ017InPlan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_plan_qry: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_plan_qry, Unset):
            in_plan_qry = []
            for in_plan_qry_item_data in self.in_plan_qry:
                in_plan_qry_item = in_plan_qry_item_data.to_dict()
                in_plan_qry.append(in_plan_qry_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_plan_qry is not UNSET:
            field_dict["inPlanQry"] = in_plan_qry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq017_in_plan import OSPQ017InPlan  # noqa: PLC0415

        d = dict(src_dict)
        _in_plan_qry = d.pop("inPlanQry", UNSET)
        in_plan_qry: list[OSPQ017InPlan] | Unset = UNSET
        if _in_plan_qry is not UNSET:
            in_plan_qry = []
            for in_plan_qry_item_data in _in_plan_qry:
                in_plan_qry_item = OSPQ017InPlan.from_dict(in_plan_qry_item_data)

                in_plan_qry.append(in_plan_qry_item)

        ospq017_package = cls(
            in_plan_qry=in_plan_qry,
        )

        ospq017_package.additional_properties = d
        return ospq017_package

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
