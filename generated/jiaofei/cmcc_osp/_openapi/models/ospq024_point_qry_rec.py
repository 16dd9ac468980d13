from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq024_point_qry_rec_trade_res_code import (
    OSPQ024PointQryRecTradeResCode,
    check_ospq024_point_qry_rec_trade_res_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq024_result import OSPQ024Result


T = TypeVar("T", bound="OSPQ024PointQryRec")


@_attrs_define
class OSPQ024PointQryRec:
    """使用明细 pointQryRec 的一项

    Attributes:
        trade_res_code (OSPQ024PointQryRecTradeResCode): 积分累计明细查询应答编码: TradeResCode填写编码：00--积分累计明细查询成功
        trade_res_desc (str): 积分累计明细查询应答描述: TradeResDesc填写描述：00--积分累计明细查询成功
        result_list (list[OSPQ024Result] | Unset): 积分累计明细查询用户资料信息: 1、当返回码bizcode为“1”时，积分使用明细查询应答编码必须为“00”，且该节点及其下子节点需要存在
            、有值，且要符合规范要求；2、若该用户在查询开始和截止日期之间没有积分使用明细，bizcode返回1，TradeResCode返回00。UseTime使用时间的值为空，UsePoint使用的积分值为0，UseWayCode用
            户使用积分途径编码值为空，UseWayDesc 用户使用积分途径描述值为空，Comments使用情况说明为“此查询时间段无积分使用明细”
    """

    trade_res_code: OSPQ024PointQryRecTradeResCode
    trade_res_desc: str
    result_list: list[OSPQ024Result] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_res_code: str = self.trade_res_code

        trade_res_desc = self.trade_res_desc

        result_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.result_list, Unset):
            result_list = []
            for result_list_item_data in self.result_list:
                result_list_item = result_list_item_data.to_dict()
                result_list.append(result_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeResCode": trade_res_code,
                "tradeResDesc": trade_res_desc,
            }
        )
        if result_list is not UNSET:
            field_dict["resultList"] = result_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq024_result import OSPQ024Result  # noqa: PLC0415

        d = dict(src_dict)
        trade_res_code = check_ospq024_point_qry_rec_trade_res_code(d.pop("tradeResCode"))

        trade_res_desc = d.pop("tradeResDesc")

        _result_list = d.pop("resultList", UNSET)
        result_list: list[OSPQ024Result] | Unset = UNSET
        if _result_list is not UNSET:
            result_list = []
            for result_list_item_data in _result_list:
                result_list_item = OSPQ024Result.from_dict(result_list_item_data)

                result_list.append(result_list_item)

        ospq024_point_qry_rec = cls(
            trade_res_code=trade_res_code,
            trade_res_desc=trade_res_desc,
            result_list=result_list,
        )

        ospq024_point_qry_rec.additional_properties = d
        return ospq024_point_qry_rec

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
