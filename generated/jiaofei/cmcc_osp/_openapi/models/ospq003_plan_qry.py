from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq003_in_plan_info import OSPQ003InPlanInfo
    from ..models.ospq003_out_plan_info import OSPQ003OutPlanInfo


T = TypeVar("T", bound="OSPQ003PlanQry")


@_attrs_define
class OSPQ003PlanQry:
    """套餐资源查询

    Attributes:
        in_plan_info (list[OSPQ003InPlanInfo] | Unset): 套餐内资源使用信息
        out_plan_info (list[OSPQ003OutPlanInfo] | Unset): 套餐外计费资源信息
    """

    in_plan_info: list[OSPQ003InPlanInfo] | Unset = UNSET
    out_plan_info: list[OSPQ003OutPlanInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_plan_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.in_plan_info, Unset):
            in_plan_info = []
            for in_plan_info_item_data in self.in_plan_info:
                in_plan_info_item = in_plan_info_item_data.to_dict()
                in_plan_info.append(in_plan_info_item)

        out_plan_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.out_plan_info, Unset):
            out_plan_info = []
            for out_plan_info_item_data in self.out_plan_info:
                out_plan_info_item = out_plan_info_item_data.to_dict()
                out_plan_info.append(out_plan_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_plan_info is not UNSET:
            field_dict["inPlanInfo"] = in_plan_info
        if out_plan_info is not UNSET:
            field_dict["outPlanInfo"] = out_plan_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq003_in_plan_info import OSPQ003InPlanInfo  # noqa: PLC0415
        from ..models.ospq003_out_plan_info import OSPQ003OutPlanInfo  # noqa: PLC0415

        d = dict(src_dict)
        _in_plan_info = d.pop("inPlanInfo", UNSET)
        in_plan_info: list[OSPQ003InPlanInfo] | Unset = UNSET
        if _in_plan_info is not UNSET:
            in_plan_info = []
            for in_plan_info_item_data in _in_plan_info:
                in_plan_info_item = OSPQ003InPlanInfo.from_dict(in_plan_info_item_data)

                in_plan_info.append(in_plan_info_item)

        _out_plan_info = d.pop("outPlanInfo", UNSET)
        out_plan_info: list[OSPQ003OutPlanInfo] | Unset = UNSET
        if _out_plan_info is not UNSET:
            out_plan_info = []
            for out_plan_info_item_data in _out_plan_info:
                out_plan_info_item = OSPQ003OutPlanInfo.from_dict(out_plan_info_item_data)

                out_plan_info.append(out_plan_info_item)

        ospq003_plan_qry = cls(
            in_plan_info=in_plan_info,
            out_plan_info=out_plan_info,
        )

        ospq003_plan_qry.additional_properties = d
        return ospq003_plan_qry

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
