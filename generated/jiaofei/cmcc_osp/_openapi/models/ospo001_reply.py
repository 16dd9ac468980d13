from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospo001_reply_category import OSPO001ReplyCategory, check_ospo001_reply_category
from ..models.ospo001_reply_status import OSPO001ReplyStatus, check_ospo001_reply_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPO001Reply")


@_attrs_define
class OSPO001Reply:
    """响应结果说明 (§4.1)

    Attributes:
        balance (Decimal | Unset): 客户余额 (单位: 元): 保留2位小数, 当用户有预存时, 正整数返回实际余额; 当户有欠费时, 负整数返回实际欠费金额。
        result_time (datetime.datetime | Unset): 结果对应时间戳: 返回查询内容的时间点yyyyMMddHHmmss (GMT+8北京时间)
        category (OSPO001ReplyCategory | Unset): 用户付费类型: 0:后付费用户; 1:预付费用户。
        status (OSPO001ReplyStatus | Unset): 用户状态: 00-正常; 01-单向停机; 02-停机; 03-预销户; 04-销户; 05-过户; 06-改号; 90-神州行用户;
            99-此号码不存在
    """

    balance: Decimal | Unset = UNSET
    result_time: datetime.datetime | Unset = UNSET
    category: OSPO001ReplyCategory | Unset = UNSET
    status: OSPO001ReplyStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance: str | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = str(self.balance)

        result_time: str | Unset = UNSET
        if not isinstance(self.result_time, Unset):
            result_time = self.result_time.isoformat()

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if balance is not UNSET:
            field_dict["balance"] = balance
        if result_time is not UNSET:
            field_dict["resultTime"] = result_time
        if category is not UNSET:
            field_dict["category"] = category
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _balance = d.pop("balance", UNSET)
        balance: Decimal | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = Decimal(str(_balance))

        _result_time = d.pop("resultTime", UNSET)
        result_time: datetime.datetime | Unset
        if isinstance(_result_time, Unset):
            result_time = UNSET
        else:
            result_time = datetime.datetime.fromisoformat(_result_time)

        _category = d.pop("category", UNSET)
        category: OSPO001ReplyCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = check_ospo001_reply_category(_category)

        _status = d.pop("status", UNSET)
        status: OSPO001ReplyStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_ospo001_reply_status(_status)

        ospo001_reply = cls(
            balance=balance,
            result_time=result_time,
            category=category,
            status=status,
        )

        ospo001_reply.additional_properties = d
        return ospo001_reply

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
