from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reply_code import ReplyCode, check_reply_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignedReply")


@_attrs_define
class SignedReply:
    """
    Attributes:
        code (ReplyCode): 返回状态码: 成功为 200, 失败为 400
        count (str): 返回结果数量: 失败为 0, 成功则大于 0
        sign (str | Unset): 签名数据: MD5(data + md5key), lower-case hex
        msg (str | Unset): 返回信息
    """

    code: ReplyCode
    count: str
    sign: str | Unset = UNSET
    msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        count = self.count

        sign = self.sign

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "count": count,
            }
        )
        if sign is not UNSET:
            field_dict["sign"] = sign
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_reply_code(d.pop("code"))

        count = d.pop("count")

        sign = d.pop("sign", UNSET)

        msg = d.pop("msg", UNSET)

        signed_reply = cls(
            code=code,
            count=count,
            sign=sign,
            msg=msg,
        )

        signed_reply.additional_properties = d
        return signed_reply

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
