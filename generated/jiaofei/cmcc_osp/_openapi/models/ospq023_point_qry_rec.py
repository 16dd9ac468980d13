from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq023_point_qry_rec_trade_res_code import (
    OSPQ023PointQryRecTradeResCode,
    check_ospq023_point_qry_rec_trade_res_code,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq023_result import OSPQ023Result


T = TypeVar("T", bound="OSPQ023PointQryRec")


@_attrs_define
class OSPQ023PointQryRec:
    """收支明细 pointQryRec 的一项

    Attributes:
        trade_res_code (OSPQ023PointQryRecTradeResCode): 积分累计明细查询应答编码: TradeResCode填写编码：00--积分累计明细查询成功
        trade_res_desc (str): 积分累计明细查询应答描述: TradeResDesc填写描述：00--积分累计明细查询成功
        result_list (list[OSPQ023Result] | Unset): 积分累计明细查询用户资料信息: 若该用户在查询开始和截止日期之间没有积分累计明细，bizcode返回1，TradeResCode返回00。
            返回内容为两条ResultList：一条是针对消费积分类型，ReleaseTime的值为查询的EndTime，ReleasePointType-积分类型的值为01-消费积分、ReleasePoint
            的值为0；另一条是针对促销积分类型，ReleaseTime的值为查询的EndTime，ReleasePointType-积分类型的值为02-促销积分、ReleasePoint的值为0积分。ValidateTime-
            有效期至到期时间均为空，Comments-发放说明均填写“此查询时间段无积分累计明细”
    """

    trade_res_code: OSPQ023PointQryRecTradeResCode
    trade_res_desc: str
    result_list: list[OSPQ023Result] | Unset = UNSET
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
        from ..models.ospq023_result import OSPQ023Result  # noqa: PLC0415

        d = dict(src_dict)
        trade_res_code = check_ospq023_point_qry_rec_trade_res_code(d.pop("tradeResCode"))

        trade_res_desc = d.pop("tradeResDesc")

        _result_list = d.pop("resultList", UNSET)
        result_list: list[OSPQ023Result] | Unset = UNSET
        if _result_list is not UNSET:
            result_list = []
            for result_list_item_data in _result_list:
                result_list_item = OSPQ023Result.from_dict(result_list_item_data)

                result_list.append(result_list_item)

        ospq023_point_qry_rec = cls(
            trade_res_code=trade_res_code,
            trade_res_desc=trade_res_desc,
            result_list=result_list,
        )

        ospq023_point_qry_rec.additional_properties = d
        return ospq023_point_qry_rec

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
