from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.channel import Channel, check_channel
from ..models.fee_mod import FeeMod, check_fee_mod
from ..models.version import Version, check_version
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByCodeRequest")


@_attrs_define
class PayByCodeRequest:
    """请求业务参数 (§3.1.2)

    Attributes:
        usr_id (str): 用户编号: 用户编号
        order_no (str): 订单号: 全局唯一
        fee_mod (FeeMod): 交费类型: 交费类型,0: 欠费交费 1: 充值交费
        auth_code (str): 授权码: 授权码通过扫码枪/声波获取
        version (Version | Unset): 版本: V3.0
        channel (Channel | Unset): 渠道: APP
        acq_code (str | Unset): 接入方编号: 接入方编号
        ow_amt (Decimal | Unset): 交欠费金额: 交欠费金额,单位(元),fee_mod=0 必填
        cost_id (str | Unset): 费用标识: 费用标识,欠费查询返回,fee_mod=0 必填
        dflt_pny (Decimal | Unset): 交违约金: 交违约金,单位(元),fee_mod=0必填
        rchg_amt (Decimal | Unset): 充值金额: 充值金额,单位(元),fee_mod=1必填
    """

    usr_id: str
    order_no: str
    fee_mod: FeeMod
    auth_code: str
    version: Version | Unset = UNSET
    channel: Channel | Unset = UNSET
    acq_code: str | Unset = UNSET
    ow_amt: Decimal | Unset = UNSET
    cost_id: str | Unset = UNSET
    dflt_pny: Decimal | Unset = UNSET
    rchg_amt: Decimal | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        usr_id = self.usr_id

        order_no = self.order_no

        fee_mod: str = self.fee_mod

        auth_code = self.auth_code

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        acq_code = self.acq_code

        ow_amt: str | Unset = UNSET
        if not isinstance(self.ow_amt, Unset):
            ow_amt = str(self.ow_amt)

        cost_id = self.cost_id

        dflt_pny: str | Unset = UNSET
        if not isinstance(self.dflt_pny, Unset):
            dflt_pny = str(self.dflt_pny)

        rchg_amt: str | Unset = UNSET
        if not isinstance(self.rchg_amt, Unset):
            rchg_amt = str(self.rchg_amt)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "usr_id": usr_id,
                "order_no": order_no,
                "fee_mod": fee_mod,
                "auth_code": auth_code,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if channel is not UNSET:
            field_dict["channel"] = channel
        if acq_code is not UNSET:
            field_dict["acq_code"] = acq_code
        if ow_amt is not UNSET:
            field_dict["ow_amt"] = ow_amt
        if cost_id is not UNSET:
            field_dict["cost_id"] = cost_id
        if dflt_pny is not UNSET:
            field_dict["dflt_pny"] = dflt_pny
        if rchg_amt is not UNSET:
            field_dict["rchg_amt"] = rchg_amt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        usr_id = d.pop("usr_id")

        order_no = d.pop("order_no")

        fee_mod = check_fee_mod(d.pop("fee_mod"))

        auth_code = d.pop("auth_code")

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

        _ow_amt = d.pop("ow_amt", UNSET)
        ow_amt: Decimal | Unset
        if isinstance(_ow_amt, Unset):
            ow_amt = UNSET
        else:
            ow_amt = Decimal(str(_ow_amt))

        cost_id = d.pop("cost_id", UNSET)

        _dflt_pny = d.pop("dflt_pny", UNSET)
        dflt_pny: Decimal | Unset
        if isinstance(_dflt_pny, Unset):
            dflt_pny = UNSET
        else:
            dflt_pny = Decimal(str(_dflt_pny))

        _rchg_amt = d.pop("rchg_amt", UNSET)
        rchg_amt: Decimal | Unset
        if isinstance(_rchg_amt, Unset):
            rchg_amt = UNSET
        else:
            rchg_amt = Decimal(str(_rchg_amt))

        pay_by_code_request = cls(
            usr_id=usr_id,
            order_no=order_no,
            fee_mod=fee_mod,
            auth_code=auth_code,
            version=version,
            channel=channel,
            acq_code=acq_code,
            ow_amt=ow_amt,
            cost_id=cost_id,
            dflt_pny=dflt_pny,
            rchg_amt=rchg_amt,
        )

        return pay_by_code_request
