from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq003_plan_qry import OSPQ003PlanQry


T = TypeVar("T", bound="OSPQ003Reply")


@_attrs_define
class OSPQ003Reply:
    """响应结果说明 (§4.3)

    Attributes:
        result_time (datetime.datetime): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。yyyyMMddHHmmss（GMT+8北京时间）
        plan_qry (OSPQ003PlanQry | Unset): 套餐资源查询
    """

    result_time: datetime.datetime
    plan_qry: OSPQ003PlanQry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_time = self.result_time.isoformat()

        plan_qry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_qry, Unset):
            plan_qry = self.plan_qry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resultTime": result_time,
            }
        )
        if plan_qry is not UNSET:
            field_dict["planQry"] = plan_qry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq003_plan_qry import OSPQ003PlanQry  # noqa: PLC0415

        d = dict(src_dict)
        result_time = datetime.datetime.fromisoformat(d.pop("resultTime"))

        _plan_qry = d.pop("planQry", UNSET)
        plan_qry: OSPQ003PlanQry | Unset
        if isinstance(_plan_qry, Unset):
            plan_qry = UNSET
        else:
            plan_qry = OSPQ003PlanQry.from_dict(_plan_qry)

        ospq003_reply = cls(
            result_time=result_time,
            plan_qry=plan_qry,
        )

        ospq003_reply.additional_properties = d
        return ospq003_reply

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
