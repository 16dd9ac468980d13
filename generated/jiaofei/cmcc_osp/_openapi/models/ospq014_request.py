from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospq014_request_biz_type_code import (
    OSPQ014RequestBizTypeCode,
    check_ospq014_request_biz_type_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ014Request")


@_attrs_define
class OSPQ014Request:
    """请求参数 (§4.13)

    Attributes:
        biz_type_code (OSPQ014RequestBizTypeCode): 业务类型编码: 1-定制终端预置APP赠送流量;
        imei (str): IMEI: 两个IMEI中间用英文逗号分隔符分隔。
        dist_id (str | Unset): 经销商id
        terminal_type (str | Unset): 终端机型
    """

    biz_type_code: OSPQ014RequestBizTypeCode
    imei: str
    dist_id: str | Unset = UNSET
    terminal_type: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        biz_type_code: str = self.biz_type_code

        imei = self.imei

        dist_id = self.dist_id

        terminal_type = self.terminal_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "bizTypeCode": biz_type_code,
                "imei": imei,
            }
        )
        if dist_id is not UNSET:
            field_dict["distId"] = dist_id
        if terminal_type is not UNSET:
            field_dict["terminalType"] = terminal_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        biz_type_code = check_ospq014_request_biz_type_code(d.pop("bizTypeCode"))

        imei = d.pop("imei")

        dist_id = d.pop("distId", UNSET)

        terminal_type = d.pop("terminalType", UNSET)

        ospq014_request = cls(
            biz_type_code=biz_type_code,
            imei=imei,
            dist_id=dist_id,
            terminal_type=terminal_type,
        )

        return ospq014_request
