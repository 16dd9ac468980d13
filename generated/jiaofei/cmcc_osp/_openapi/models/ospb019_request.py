from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb019_request_check_type import (
    OSPB019RequestCheckType,
    check_ospb019_request_check_type,
)
from ..models.ospb019_request_service_type import (
    OSPB019RequestServiceType,
    check_ospb019_request_service_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB019Request")


@_attrs_define
class OSPB019Request:
    """宽带办理资格校验 请求参数 (§3.1.16)

    Attributes:
        service_type (OSPB019RequestServiceType): 业务号码类型: 01: 手机号码; 02: 宽带号码
        service_no (str): 业务号码
        check_type (OSPB019RequestCheckType): 校验类型: 1-新装预约; 2-续订; 3-提速
        goods_id (str): 能力开放平台商品编码
        address_id (str | Unset): 标准地址ID: 当CheckType=1时必须填
    """

    service_type: OSPB019RequestServiceType
    service_no: str
    check_type: OSPB019RequestCheckType
    goods_id: str
    address_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service_type: str = self.service_type

        service_no = self.service_no

        check_type: str = self.check_type

        goods_id = self.goods_id

        address_id = self.address_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "serviceType": service_type,
                "serviceNo": service_no,
                "checkType": check_type,
                "goodsId": goods_id,
            }
        )
        if address_id is not UNSET:
            field_dict["addressId"] = address_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_type = check_ospb019_request_service_type(d.pop("serviceType"))

        service_no = d.pop("serviceNo")

        check_type = check_ospb019_request_check_type(d.pop("checkType"))

        goods_id = d.pop("goodsId")

        address_id = d.pop("addressId", UNSET)

        ospb019_request = cls(
            service_type=service_type,
            service_no=service_no,
            check_type=check_type,
            goods_id=goods_id,
            address_id=address_id,
        )

        return ospb019_request
