from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AmountItems")


@_attrs_define
class AmountItems:
    """金额明细 amtItem read into its five amounts (fen)

    Attributes:
        cny_amt (int): 现金金额
        cmy_amt (int): 充值卡金额
        red_amt (int): 电子券金额
        vch_amt (int): 代金券金额
        pot_chg_amt (int): 积分金额
    """

    cny_amt: int
    cmy_amt: int
    red_amt: int
    vch_amt: int
    pot_chg_amt: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cny_amt = self.cny_amt

        cmy_amt = self.cmy_amt

        red_amt = self.red_amt

        vch_amt = self.vch_amt

        pot_chg_amt = self.pot_chg_amt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CNY_AMT": cny_amt,
                "CMY_AMT": cmy_amt,
                "RED_AMT": red_amt,
                "VCH_AMT": vch_amt,
                "POT_CHG_AMT": pot_chg_amt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cny_amt = d.pop("CNY_AMT")

        cmy_amt = d.pop("CMY_AMT")

        red_amt = d.pop("RED_AMT")

        vch_amt = d.pop("VCH_AMT")

        pot_chg_amt = d.pop("POT_CHG_AMT")

        amount_items = cls(
            cny_amt=cny_amt,
            cmy_amt=cmy_amt,
            red_amt=red_amt,
            vch_amt=vch_amt,
            pot_chg_amt=pot_chg_amt,
        )

        amount_items.additional_properties = d
        return amount_items

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
