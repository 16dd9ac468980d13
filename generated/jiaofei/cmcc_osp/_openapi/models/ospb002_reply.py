from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.附录二业务资格校验结果码 import (
    check_附录二业务资格校验结果码,
    附录二业务资格校验结果码,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB002Reply")


@_attrs_define
class OSPB002Reply:
    """响应结果说明 (§3.1.2)

    Attributes:
        biz_code (附录二业务资格校验结果码): 业务资格校验结果码: 业务办理资格校验接口 (OSPB002) 返回的 bizCode 取值；表列 编码 / 描述
        biz_desc (str | Unset): 结果描述
    """

    biz_code: 附录二业务资格校验结果码
    biz_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        biz_desc = self.biz_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_附录二业务资格校验结果码(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospb002_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
        )

        ospb002_reply.additional_properties = d
        return ospb002_reply

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
