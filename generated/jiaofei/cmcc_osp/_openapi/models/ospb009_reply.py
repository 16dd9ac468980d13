from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospb009_reply_biz_code import OSPB009ReplyBizCode, check_ospb009_reply_biz_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB009Reply")


@_attrs_define
class OSPB009Reply:
    """响应结果说明 (§3.1.9)

    Attributes:
        biz_code (OSPB009ReplyBizCode): 结果码: 1-通过；2-不通过，该IMEI不属于该渠道；3-不通过，无法查询到匹配订单；4-不通过，该订单正在出库/换货中，请在出库/换货完成后再试；5-
            不通过，该订单正在退货中或已退货，无法出库/换货；6-不通过，当前订单已被该IMEI绑定（重复出库请求）；7-不通过，当前订单已被其他IMEI绑定（仅适用于出库情况）；8-不通过，当前IMEI已被其他订单绑定；9-
            不通过，该IMEI不存在；10-不通过，当前IMEI的产品等级不符合出库/换货要求
        biz_desc (str | Unset): 结果描述
    """

    biz_code: OSPB009ReplyBizCode
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
        biz_code = check_ospb009_reply_biz_code(d.pop("bizCode"))

        biz_desc = d.pop("bizDesc", UNSET)

        ospb009_reply = cls(
            biz_code=biz_code,
            biz_desc=biz_desc,
        )

        ospb009_reply.additional_properties = d
        return ospb009_reply

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
