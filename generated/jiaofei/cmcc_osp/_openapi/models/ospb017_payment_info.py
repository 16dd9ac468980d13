from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb017_payment_info_charge_type import (
    OSPB017PaymentInfoChargeType,
    check_ospb017_payment_info_charge_type,
)
from ..models.ospb017_payment_info_service_fee_refundable import (
    OSPB017PaymentInfoServiceFeeRefundable,
    check_ospb017_payment_info_service_fee_refundable,
)
from ..models.附录十二支付方式取值表 import check_附录十二支付方式取值表, 附录十二支付方式取值表
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB017PaymentInfo")


@_attrs_define
class OSPB017PaymentInfo:
    """支付信息 (§3.1.14 paymentInfo)

    Attributes:
        charge_type (OSPB017PaymentInfoChargeType): 扣费类型: 0：统一支付扣费；1：话费扣费；2：第三方扣费；3：统一支付话费充值；4：线下支付；5：积分支付6：能力平台支付
        payment (int): 实际支付金额: 单位：分
        payment_time (str): 支付时间: yyyyMMddHHmmss（GMT+8北京时间）
        total_fee (int | Unset): 订单金额: 单位：分
        discounted_price (int | Unset): 优惠金额: 单位：分
        payment_type (附录十二支付方式取值表 | Unset): 支付方式取值表: 支付方式 (paymentType)；表列 支付方式名称 / (说明)
        payment_order_id (str | Unset): 支付单编码: 客户在第三方平台支付完毕后，生成的支付单流水。当chargeType=6时必填
        payment_organization (str | Unset): 支付机构名称: 当合作渠道为中移自有电渠（渠道编码320）时必填
        payment_service_fee (int | Unset): 支付服务费: 单位：分；当合作渠道为中移自有电渠（渠道编码320）时必填
        service_fee_refundable (OSPB017PaymentInfoServiceFeeRefundable | Unset): 退费是否退服务费:
            1：是；2：否；当合作渠道为中移自有电渠（渠道编码320）时必填
    """

    charge_type: OSPB017PaymentInfoChargeType
    payment: int
    payment_time: str
    total_fee: int | Unset = UNSET
    discounted_price: int | Unset = UNSET
    payment_type: 附录十二支付方式取值表 | Unset = UNSET
    payment_order_id: str | Unset = UNSET
    payment_organization: str | Unset = UNSET
    payment_service_fee: int | Unset = UNSET
    service_fee_refundable: OSPB017PaymentInfoServiceFeeRefundable | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        charge_type: str = self.charge_type

        payment = self.payment

        payment_time = self.payment_time

        total_fee = self.total_fee

        discounted_price = self.discounted_price

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        payment_order_id = self.payment_order_id

        payment_organization = self.payment_organization

        payment_service_fee = self.payment_service_fee

        service_fee_refundable: str | Unset = UNSET
        if not isinstance(self.service_fee_refundable, Unset):
            service_fee_refundable = self.service_fee_refundable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "chargeType": charge_type,
                "payment": payment,
                "paymentTime": payment_time,
            }
        )
        if total_fee is not UNSET:
            field_dict["totalFee"] = total_fee
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if payment_order_id is not UNSET:
            field_dict["paymentOrderId"] = payment_order_id
        if payment_organization is not UNSET:
            field_dict["paymentOrganization"] = payment_organization
        if payment_service_fee is not UNSET:
            field_dict["paymentServiceFee"] = payment_service_fee
        if service_fee_refundable is not UNSET:
            field_dict["serviceFeeRefundable"] = service_fee_refundable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        charge_type = check_ospb017_payment_info_charge_type(d.pop("chargeType"))

        payment = d.pop("payment")

        payment_time = d.pop("paymentTime")

        total_fee = d.pop("totalFee", UNSET)

        discounted_price = d.pop("discountedPrice", UNSET)

        _payment_type = d.pop("paymentType", UNSET)
        payment_type: 附录十二支付方式取值表 | Unset
        if isinstance(_payment_type, Unset):
            payment_type = UNSET
        else:
            payment_type = check_附录十二支付方式取值表(_payment_type)

        payment_order_id = d.pop("paymentOrderId", UNSET)

        payment_organization = d.pop("paymentOrganization", UNSET)

        payment_service_fee = d.pop("paymentServiceFee", UNSET)

        _service_fee_refundable = d.pop("serviceFeeRefundable", UNSET)
        service_fee_refundable: OSPB017PaymentInfoServiceFeeRefundable | Unset
        if isinstance(_service_fee_refundable, Unset):
            service_fee_refundable = UNSET
        else:
            service_fee_refundable = check_ospb017_payment_info_service_fee_refundable(
                _service_fee_refundable
            )

        ospb017_payment_info = cls(
            charge_type=charge_type,
            payment=payment,
            payment_time=payment_time,
            total_fee=total_fee,
            discounted_price=discounted_price,
            payment_type=payment_type,
            payment_order_id=payment_order_id,
            payment_organization=payment_organization,
            payment_service_fee=payment_service_fee,
            service_fee_refundable=service_fee_refundable,
        )

        return ospb017_payment_info
