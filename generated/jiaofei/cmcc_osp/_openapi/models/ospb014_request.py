from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb014_request_id_type import OSPB014RequestIdType, check_ospb014_request_id_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb014_boss_product import OSPB014BossProduct


T = TypeVar("T", bound="OSPB014Request")


@_attrs_define
class OSPB014Request:
    """统一退订接口 请求参数 (§3.1.11)

    Attributes:
        id_type (OSPB014RequestIdType): 标识类型: 01：手机号码
        id_item_range (str): 用户标识: 根据此号码定位一个客户
        opr_numb (str): 本次操作的流水号: 操作流水号规则平台的编码规则：4位平台机构编码+14位组包时间YYYYMMDDHH24MMSS+6位流水号（定长），序号从000001开始，增量步长为1。
        ident_code (str): 用户身份凭证: 省CRM登录服务模块生成一个代表用户身份的凭证，身份凭证由32位由数字和字母组成的不可重复的字符串，用来标识用户唯一身份
        boss_product_info (list[OSPB014BossProduct]): 用户操作产品信息
        shop_code (str | Unset): 店铺编码
        shop_name (str | Unset): 店铺名称
        accept_staff (str | Unset): 受理员工: 业务人员信息：“编码-描述”形式仅人工渠道时填写
    """

    id_type: OSPB014RequestIdType
    id_item_range: str
    opr_numb: str
    ident_code: str
    boss_product_info: list[OSPB014BossProduct]
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    accept_staff: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_type: str = self.id_type

        id_item_range = self.id_item_range

        opr_numb = self.opr_numb

        ident_code = self.ident_code

        boss_product_info = []
        for boss_product_info_item_data in self.boss_product_info:
            boss_product_info_item = boss_product_info_item_data.to_dict()
            boss_product_info.append(boss_product_info_item)

        shop_code = self.shop_code

        shop_name = self.shop_name

        accept_staff = self.accept_staff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "idType": id_type,
                "idItemRange": id_item_range,
                "oprNumb": opr_numb,
                "identCode": ident_code,
                "bossProductInfo": boss_product_info,
            }
        )
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if shop_name is not UNSET:
            field_dict["shopName"] = shop_name
        if accept_staff is not UNSET:
            field_dict["acceptStaff"] = accept_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb014_boss_product import OSPB014BossProduct  # noqa: PLC0415

        d = dict(src_dict)
        id_type = check_ospb014_request_id_type(d.pop("idType"))

        id_item_range = d.pop("idItemRange")

        opr_numb = d.pop("oprNumb")

        ident_code = d.pop("identCode")

        boss_product_info = []
        _boss_product_info = d.pop("bossProductInfo")
        for boss_product_info_item_data in _boss_product_info:
            boss_product_info_item = OSPB014BossProduct.from_dict(boss_product_info_item_data)

            boss_product_info.append(boss_product_info_item)

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        accept_staff = d.pop("acceptStaff", UNSET)

        ospb014_request = cls(
            id_type=id_type,
            id_item_range=id_item_range,
            opr_numb=opr_numb,
            ident_code=ident_code,
            boss_product_info=boss_product_info,
            shop_code=shop_code,
            shop_name=shop_name,
            accept_staff=accept_staff,
        )

        return ospb014_request
