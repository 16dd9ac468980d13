from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospq006_request_id_type import OSPQ006RequestIdType, check_ospq006_request_id_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ006Request")


@_attrs_define
class OSPQ006Request:
    """请求参数 (§4.5)

    Attributes:
        id_type (OSPQ006RequestIdType): 标识类型: 01：手机号码
        id_item_range (str): 用户标识: 根据此号码定位一个客户
        opr_numb (str): 本次操作的流水号: 操作流水 号规则平台的编码规则：4位平台机构编码+14位组包时间YYYYMMDDHH24MMSS+6位流水号（定长），序号从000001开始，增量步长为1。
        ident_code (str): 用户身份凭证: 省CRM登录服务模块生成一个代表用户身份的凭证，身份凭证由32位由数字和字母组成的不可重复的字符串，用来标识用户唯一身份
        shop_code (str | Unset): 店铺编码
        shop_name (str | Unset): 店铺名称
        accept_staff (str | Unset): 受理员工: 业务人员信息：“编码-描述”形式仅人工渠道时填写
    """

    id_type: OSPQ006RequestIdType
    id_item_range: str
    opr_numb: str
    ident_code: str
    shop_code: str | Unset = UNSET
    shop_name: str | Unset = UNSET
    accept_staff: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_type: str = self.id_type

        id_item_range = self.id_item_range

        opr_numb = self.opr_numb

        ident_code = self.ident_code

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
        d = dict(src_dict)
        id_type = check_ospq006_request_id_type(d.pop("idType"))

        id_item_range = d.pop("idItemRange")

        opr_numb = d.pop("oprNumb")

        ident_code = d.pop("identCode")

        shop_code = d.pop("shopCode", UNSET)

        shop_name = d.pop("shopName", UNSET)

        accept_staff = d.pop("acceptStaff", UNSET)

        ospq006_request = cls(
            id_type=id_type,
            id_item_range=id_item_range,
            opr_numb=opr_numb,
            ident_code=ident_code,
            shop_code=shop_code,
            shop_name=shop_name,
            accept_staff=accept_staff,
        )

        return ospq006_request
