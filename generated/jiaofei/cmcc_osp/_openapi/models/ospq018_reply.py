from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq018_reply_biz_code import OSPQ018ReplyBizCode, check_ospq018_reply_biz_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ018Reply")


@_attrs_define
class OSPQ018Reply:
    """响应结果说明 (§4.17)

    Attributes:
        biz_code (OSPQ018ReplyBizCode): 返回码: 1-成功 2-失败，具体原因参见描述
        balance (Decimal): 帐户可用余额: 当前用户可用于消费的余额，包括但不限于现金账户、专项返还账户、预存款账户。单位：元，精确到分，保留两位小数
        biz_desc (str | Unset): 错误信息描述: 错误信息描述
        opr_time (datetime.datetime | Unset): 结果对应时间戳: 此时间是由省BOSS返回给平台，代表查询返回内容的时间点。 YYYYMMDDHH24MISS
        cur_fee_total (Decimal | Unset): 账户总余额: 当前账户总余额，包括但不限于预存款余额、分月返回、协议款、专项款等总额。单位：元，精确到分，保留两位小数
    """

    biz_code: OSPQ018ReplyBizCode
    balance: Decimal
    biz_desc: str | Unset = UNSET
    opr_time: datetime.datetime | Unset = UNSET
    cur_fee_total: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        balance = str(self.balance)

        biz_desc = self.biz_desc

        opr_time: str | Unset = UNSET
        if not isinstance(self.opr_time, Unset):
            opr_time = self.opr_time.isoformat()

        cur_fee_total: str | Unset = UNSET
        if not isinstance(self.cur_fee_total, Unset):
            cur_fee_total = str(self.cur_fee_total)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "balance": balance,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if opr_time is not UNSET:
            field_dict["oprTime"] = opr_time
        if cur_fee_total is not UNSET:
            field_dict["curFeeTotal"] = cur_fee_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_code = check_ospq018_reply_biz_code(d.pop("bizCode"))

        balance = Decimal(str(d.pop("balance")))

        biz_desc = d.pop("bizDesc", UNSET)

        _opr_time = d.pop("oprTime", UNSET)
        opr_time: datetime.datetime | Unset
        if isinstance(_opr_time, Unset):
            opr_time = UNSET
        else:
            opr_time = datetime.datetime.fromisoformat(_opr_time)

        _cur_fee_total = d.pop("curFeeTotal", UNSET)
        cur_fee_total: Decimal | Unset
        if isinstance(_cur_fee_total, Unset):
            cur_fee_total = UNSET
        else:
            cur_fee_total = Decimal(str(_cur_fee_total))

        ospq018_reply = cls(
            biz_code=biz_code,
            balance=balance,
            biz_desc=biz_desc,
            opr_time=opr_time,
            cur_fee_total=cur_fee_total,
        )

        ospq018_reply.additional_properties = d
        return ospq018_reply

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
