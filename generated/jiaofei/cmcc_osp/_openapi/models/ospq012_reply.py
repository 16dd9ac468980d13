from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq012_broadband_account import OSPQ012BroadbandAccount


T = TypeVar("T", bound="OSPQ012Reply")


@_attrs_define
class OSPQ012Reply:
    """响应结果说明 (§4.11)

    Attributes:
        biz_code (str): 消息返回码: 0000: 成功, 非0000: 失败
        result_time (datetime.datetime): 结果对应时间戳: 此时间是由省BOSS返回给平台, 代表查询返回内容的时间点。 YYYYMMDDHH24MISS
        biz_desc (str | Unset): 错误信息描述
        result (list[OSPQ012BroadbandAccount] | Unset): 宽带账户账号信息: 查询结果详情, 当bizCode=0000必填
    """

    biz_code: str
    result_time: datetime.datetime
    biz_desc: str | Unset = UNSET
    result: list[OSPQ012BroadbandAccount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code = self.biz_code

        result_time = self.result_time.isoformat()

        biz_desc = self.biz_desc

        result: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = []
            for result_item_data in self.result:
                result_item = result_item_data.to_dict()
                result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "resultTime": result_time,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq012_broadband_account import OSPQ012BroadbandAccount  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = d.pop("bizCode")

        result_time = datetime.datetime.fromisoformat(d.pop("resultTime"))

        biz_desc = d.pop("bizDesc", UNSET)

        _result = d.pop("result", UNSET)
        result: list[OSPQ012BroadbandAccount] | Unset = UNSET
        if _result is not UNSET:
            result = []
            for result_item_data in _result:
                result_item = OSPQ012BroadbandAccount.from_dict(result_item_data)

                result.append(result_item)

        ospq012_reply = cls(
            biz_code=biz_code,
            result_time=result_time,
            biz_desc=biz_desc,
            result=result,
        )

        ospq012_reply.additional_properties = d
        return ospq012_reply

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
