from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.channel import Channel, check_channel
from ..models.version import Version, check_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="NotifyArrearsPaymentRequest")


@_attrs_define
class NotifyArrearsPaymentRequest:
    """请求业务参数 (§2.4.2)

    Attributes:
        usr_id (str): 用户编号: 用户编号
        order_no (str): 订单号: 支付接口返回的订单号
        ow_amt (Decimal): 交欠费金额: 交欠费金额
        cost_id (str): 费用标识: 费用标识,欠费查询返回
        dflt_pny (Decimal): 交违约金: 交违约金
        version (Version | Unset): 版本: V3.0
        channel (Channel | Unset): 渠道: APP
        acq_code (str | Unset): 接入方编号: 接入方编号
    """

    usr_id: str
    order_no: str
    ow_amt: Decimal
    cost_id: str
    dflt_pny: Decimal
    version: Version | Unset = UNSET
    channel: Channel | Unset = UNSET
    acq_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        usr_id = self.usr_id

        order_no = self.order_no

        ow_amt = str(self.ow_amt)

        cost_id = self.cost_id

        dflt_pny = str(self.dflt_pny)

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        acq_code = self.acq_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "usr_id": usr_id,
                "order_no": order_no,
                "ow_amt": ow_amt,
                "cost_id": cost_id,
                "dflt_pny": dflt_pny,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if channel is not UNSET:
            field_dict["channel"] = channel
        if acq_code is not UNSET:
            field_dict["acq_code"] = acq_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usr_id = d.pop("usr_id")

        order_no = d.pop("order_no")

        ow_amt = Decimal(str(d.pop("ow_amt")))

        cost_id = d.pop("cost_id")

        dflt_pny = Decimal(str(d.pop("dflt_pny")))

        _version = d.pop("version", UNSET)
        version: Version | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = check_version(_version)

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = check_channel(_channel)

        acq_code = d.pop("acq_code", UNSET)

        notify_arrears_payment_request = cls(
            usr_id=usr_id,
            order_no=order_no,
            ow_amt=ow_amt,
            cost_id=cost_id,
            dflt_pny=dflt_pny,
            version=version,
            channel=channel,
            acq_code=acq_code,
        )

        return notify_arrears_payment_request
