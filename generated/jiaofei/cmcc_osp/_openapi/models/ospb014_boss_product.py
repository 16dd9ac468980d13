from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb014_boss_product_boss_product_type import (
    OSPB014BossProductBossProductType,
    check_ospb014_boss_product_boss_product_type,
)
from ..models.ospb014_boss_product_opr_code import (
    OSPB014BossProductOprCode,
    check_ospb014_boss_product_opr_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB014BossProduct")


@_attrs_define
class OSPB014BossProduct:
    """用户操作产品信息 (§3.1.11 bossProductInfo[])

    Attributes:
        boss_product_type (OSPB014BossProductBossProductType): 编码类型: 01:产品编码；02:企业代码加业务代码
        opr_code (OSPB014BossProductOprCode): 操作代码: 01-业务退订
        boss_product_id (str | Unset): 产品编码: 当编码类型为01: 产品编码填写
        spid (str | Unset): 企业代码: 当编码类型为02: 企业代码加业务代码填写
        boss_biz_code (str | Unset): 业务代码: 当编码类型为02: 企业代码加业务代码填写
    """

    boss_product_type: OSPB014BossProductBossProductType
    opr_code: OSPB014BossProductOprCode
    boss_product_id: str | Unset = UNSET
    spid: str | Unset = UNSET
    boss_biz_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        boss_product_type: str = self.boss_product_type

        opr_code: str = self.opr_code

        boss_product_id = self.boss_product_id

        spid = self.spid

        boss_biz_code = self.boss_biz_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bossProductType": boss_product_type,
                "oprCode": opr_code,
            }
        )
        if boss_product_id is not UNSET:
            field_dict["bossProductId"] = boss_product_id
        if spid is not UNSET:
            field_dict["spid"] = spid
        if boss_biz_code is not UNSET:
            field_dict["bossBizCode"] = boss_biz_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        boss_product_type = check_ospb014_boss_product_boss_product_type(d.pop("bossProductType"))

        opr_code = check_ospb014_boss_product_opr_code(d.pop("oprCode"))

        boss_product_id = d.pop("bossProductId", UNSET)

        spid = d.pop("spid", UNSET)

        boss_biz_code = d.pop("bossBizCode", UNSET)

        ospb014_boss_product = cls(
            boss_product_type=boss_product_type,
            opr_code=opr_code,
            boss_product_id=boss_product_id,
            spid=spid,
            boss_biz_code=boss_biz_code,
        )

        return ospb014_boss_product
