from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb017_subscriber_info_number_opr_type import (
    OSPB017SubscriberInfoNumberOprType,
    check_ospb017_subscriber_info_number_opr_type,
)
from ..models.ospb017_subscriber_info_number_type import (
    OSPB017SubscriberInfoNumberType,
    check_ospb017_subscriber_info_number_type,
)
from ..models.ospb017_subscriber_info_numberbrand import (
    OSPB017SubscriberInfoNumberbrand,
    check_ospb017_subscriber_info_numberbrand,
)
from ..models.附录三证件类型 import check_附录三证件类型, 附录三证件类型
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017SubscriberInfo")


@_attrs_define
class OSPB017SubscriberInfo:
    """用户号码信息 (§3.1.14 subOrderList[].subscriberInfo)

    Attributes:
        number_opr_type (OSPB017SubscriberInfoNumberOprType): 业务号码操作类型:
            01：新增用户选购号卡（支持同时办理子订单所含合约/套餐）；02：存量（老）用户办理合约/套餐/流量包等商品；03：（宽带）新装；04：（宽带）续订；05：（宽带）提速；10：新开户加订购商品；11：老用户订购商品；
        number (str): 业务号码: 手机号或宽带号
        number_type (OSPB017SubscriberInfoNumberType): 业务号码类型: 1- 手机号；2- 宽带号码
        numberbrand (OSPB017SubscriberInfoNumberbrand | Unset): 业务号码品牌: 1- 全球通；2- 动感地带；3- 神州行；4- 其他
        quantity (int | Unset): 购买数量: 当numberOprType=01时填写，默认为1，单位：个 Default: 1.
        number_price (int | Unset): 号码单价: 当numberOprType=01时填写，单位：分
        sim_price (int | Unset): SIM卡单价: 当numberOprType=01时填写，单位：分
        legal_name (str | Unset): 证件姓名: 当numberOprType=01时必须填
        certificate_type (附录三证件类型 | Unset): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str | Unset): 证件号码: 当numberOprType=01时必填
    """

    number_opr_type: OSPB017SubscriberInfoNumberOprType
    number: str
    number_type: OSPB017SubscriberInfoNumberType
    numberbrand: OSPB017SubscriberInfoNumberbrand | Unset = UNSET
    quantity: int | Unset = 1
    number_price: int | Unset = UNSET
    sim_price: int | Unset = UNSET
    legal_name: str | Unset = UNSET
    certificate_type: 附录三证件类型 | Unset = UNSET
    certificate_no: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number_opr_type: str = self.number_opr_type

        number = self.number

        number_type: str = self.number_type

        numberbrand: str | Unset = UNSET
        if not isinstance(self.numberbrand, Unset):
            numberbrand = self.numberbrand

        quantity = self.quantity

        number_price = self.number_price

        sim_price = self.sim_price

        legal_name = self.legal_name

        certificate_type: str | Unset = UNSET
        if not isinstance(self.certificate_type, Unset):
            certificate_type = self.certificate_type

        certificate_no = self.certificate_no

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "numberOprType": number_opr_type,
                "number": number,
                "numberType": number_type,
            }
        )
        if numberbrand is not UNSET:
            field_dict["numberbrand"] = numberbrand
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if number_price is not UNSET:
            field_dict["numberPrice"] = number_price
        if sim_price is not UNSET:
            field_dict["simPrice"] = sim_price
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if certificate_type is not UNSET:
            field_dict["certificateType"] = certificate_type
        if certificate_no is not UNSET:
            field_dict["certificateNo"] = certificate_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number_opr_type = check_ospb017_subscriber_info_number_opr_type(d.pop("numberOprType"))

        number = d.pop("number")

        number_type = check_ospb017_subscriber_info_number_type(d.pop("numberType"))

        _numberbrand = d.pop("numberbrand", UNSET)
        numberbrand: OSPB017SubscriberInfoNumberbrand | Unset
        if isinstance(_numberbrand, Unset):
            numberbrand = UNSET
        else:
            numberbrand = check_ospb017_subscriber_info_numberbrand(_numberbrand)

        quantity = d.pop("quantity", UNSET)

        number_price = d.pop("numberPrice", UNSET)

        sim_price = d.pop("simPrice", UNSET)

        legal_name = d.pop("legalName", UNSET)

        _certificate_type = d.pop("certificateType", UNSET)
        certificate_type: 附录三证件类型 | Unset
        if isinstance(_certificate_type, Unset):
            certificate_type = UNSET
        else:
            certificate_type = check_附录三证件类型(_certificate_type)

        certificate_no = d.pop("certificateNo", UNSET)

        ospb017_subscriber_info = cls(
            number_opr_type=number_opr_type,
            number=number,
            number_type=number_type,
            numberbrand=numberbrand,
            quantity=quantity,
            number_price=number_price,
            sim_price=sim_price,
            legal_name=legal_name,
            certificate_type=certificate_type,
            certificate_no=certificate_no,
        )

        return ospb017_subscriber_info
