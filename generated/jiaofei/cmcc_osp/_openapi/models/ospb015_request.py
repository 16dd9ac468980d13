from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb015_request_user_type import (
    OSPB015RequestUserType,
    check_ospb015_request_user_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB015Request")


@_attrs_define
class OSPB015Request:
    """用户凭证接口 请求参数 (§3.1.12)

    Attributes:
        user_type (OSPB015RequestUserType): 用户标识类型: 01：手机号码
        id_item_range (str): 用户标识: 根据此号码定位一个客户
        opr_numb (str): 本次操作的流水号: 操作流水号规则平台的编码规则：4位平台机构编码+14位组包时间YYMMDDHH24MMSS+6位流水号（定长），序号从000001开始，增量步长为1
        custom_id (str | Unset): 客户标识: 为上次登录绑定时CRM系统传回的客户ID。（渠道类型为01自助时填写）
        accept_staff (str | Unset): 受理员工: 业务人员信息：“编码-描述”形式仅人工渠道时填写
    """

    user_type: OSPB015RequestUserType
    id_item_range: str
    opr_numb: str
    custom_id: str | Unset = UNSET
    accept_staff: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        user_type: str = self.user_type

        id_item_range = self.id_item_range

        opr_numb = self.opr_numb

        custom_id = self.custom_id

        accept_staff = self.accept_staff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "userType": user_type,
                "idItemRange": id_item_range,
                "oprNumb": opr_numb,
            }
        )
        if custom_id is not UNSET:
            field_dict["customId"] = custom_id
        if accept_staff is not UNSET:
            field_dict["acceptStaff"] = accept_staff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_type = check_ospb015_request_user_type(d.pop("userType"))

        id_item_range = d.pop("idItemRange")

        opr_numb = d.pop("oprNumb")

        custom_id = d.pop("customId", UNSET)

        accept_staff = d.pop("acceptStaff", UNSET)

        ospb015_request = cls(
            user_type=user_type,
            id_item_range=id_item_range,
            opr_numb=opr_numb,
            custom_id=custom_id,
            accept_staff=accept_staff,
        )

        return ospb015_request
