from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospb015_reply_biz_code import OSPB015ReplyBizCode, check_ospb015_reply_biz_code
from ..models.ospb015_reply_custom_id_status import (
    OSPB015ReplyCustomIdStatus,
    check_ospb015_reply_custom_id_status,
)
from ..models.ospb015_reply_ident_code_level import (
    OSPB015ReplyIdentCodeLevel,
    check_ospb015_reply_ident_code_level,
)
from ..models.ospb015_reply_ident_code_type import (
    OSPB015ReplyIdentCodeType,
    check_ospb015_reply_ident_code_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb015_user_info import OSPB015UserInfo


T = TypeVar("T", bound="OSPB015Reply")


@_attrs_define
class OSPB015Reply:
    """用户凭证接口 响应结果 (§3.1.12)

    Attributes:
        biz_code (OSPB015ReplyBizCode): 用户凭证申请结果: 1: 成功、2: 失败
        opr_time (datetime.datetime): 结果对应时间戳: 此时间是由省BOSS返回给平台。YYYYMMDDHH24MISS
        custom_id_status (OSPB015ReplyCustomIdStatus): 客户标识是否变更: 当 CustomID字段为空时，直接返回未变更"N", 当 CustomID字段不为空时，直接返回已变更"Y"
        ident_code (str): 用户身份凭证: 省CRM登录服务模块生成一个代表用户身份的凭证，身份凭证由32位由数字和字母组成的不可重复的字符串，用来标识用户唯一身份
        ident_code_level (OSPB015ReplyIdentCodeLevel): 用户身份凭证级别: 用户身份凭证级别（固定值）01：一般凭证
        ident_code_type (OSPB015ReplyIdentCodeType): 用户身份凭证类型: 用户身份凭证类型（固定值）01：一般凭证
        effective_time (str): 用户身份凭证时间: 身份凭证有效时长5分钟；单位秒默认填写300 Default: '300'.
        biz_desc (str | Unset): 结果描述
        user_info (OSPB015UserInfo | Unset): 用户信息 (§3.1.12 userInfo)
    """

    biz_code: OSPB015ReplyBizCode
    opr_time: datetime.datetime
    custom_id_status: OSPB015ReplyCustomIdStatus
    ident_code: str
    ident_code_level: OSPB015ReplyIdentCodeLevel
    ident_code_type: OSPB015ReplyIdentCodeType
    effective_time: str = "300"
    biz_desc: str | Unset = UNSET
    user_info: OSPB015UserInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_code: str = self.biz_code

        opr_time = self.opr_time.isoformat()

        custom_id_status: str = self.custom_id_status

        ident_code = self.ident_code

        ident_code_level: str = self.ident_code_level

        ident_code_type: str = self.ident_code_type

        effective_time = self.effective_time

        biz_desc = self.biz_desc

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bizCode": biz_code,
                "oprTime": opr_time,
                "customIdStatus": custom_id_status,
                "identCode": ident_code,
                "identCodeLevel": ident_code_level,
                "identCodeType": ident_code_type,
                "effectiveTime": effective_time,
            }
        )
        if biz_desc is not UNSET:
            field_dict["bizDesc"] = biz_desc
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb015_user_info import OSPB015UserInfo  # noqa: PLC0415

        d = dict(src_dict)
        biz_code = check_ospb015_reply_biz_code(d.pop("bizCode"))

        opr_time = datetime.datetime.fromisoformat(d.pop("oprTime"))

        custom_id_status = check_ospb015_reply_custom_id_status(d.pop("customIdStatus"))

        ident_code = d.pop("identCode")

        ident_code_level = check_ospb015_reply_ident_code_level(d.pop("identCodeLevel"))

        ident_code_type = check_ospb015_reply_ident_code_type(d.pop("identCodeType"))

        effective_time = d.pop("effectiveTime")

        biz_desc = d.pop("bizDesc", UNSET)

        _user_info = d.pop("userInfo", UNSET)
        user_info: OSPB015UserInfo | Unset
        if isinstance(_user_info, Unset):
            user_info = UNSET
        else:
            user_info = OSPB015UserInfo.from_dict(_user_info)

        ospb015_reply = cls(
            biz_code=biz_code,
            opr_time=opr_time,
            custom_id_status=custom_id_status,
            ident_code=ident_code,
            ident_code_level=ident_code_level,
            ident_code_type=ident_code_type,
            effective_time=effective_time,
            biz_desc=biz_desc,
            user_info=user_info,
        )

        ospb015_reply.additional_properties = d
        return ospb015_reply

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
