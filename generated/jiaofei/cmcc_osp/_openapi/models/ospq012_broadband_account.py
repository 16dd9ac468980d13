from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq012_broadband_account_net_type import (
    OSPQ012BroadbandAccountNetType,
    check_ospq012_broadband_account_net_type,
)
from ..models.ospq012_broadband_account_plan_cycle import (
    OSPQ012BroadbandAccountPlanCycle,
    check_ospq012_broadband_account_plan_cycle,
)
from ..models.ospq012_broadband_account_renew_type import (
    OSPQ012BroadbandAccountRenewType,
    check_ospq012_broadband_account_renew_type,
)
from ..models.ospq012_broadband_account_wb_status import (
    OSPQ012BroadbandAccountWbStatus,
    check_ospq012_broadband_account_wb_status,
)
from ..models.ospq012_broadband_account_wb_type import (
    OSPQ012BroadbandAccountWbType,
    check_ospq012_broadband_account_wb_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ012BroadbandAccount")


@_attrs_define
class OSPQ012BroadbandAccount:
    """宽带账户账号信息 (§4.11 result)

    Attributes:
        service_no (str): 业务账号: 报文入参的用户输入的手机号码或宽带账号
        boss_servie_wb_no (str): 省BOSS侧记录宽带账号: 省BOSS侧记录的宽带账号
        wb_status (OSPQ012BroadbandAccountWbStatus): 帐号状态: 00: 正常 01: 单向停机 02: 停机 03: 预销户 04: 销户 07: 非实名登记
            (对于本省有实名制充值缴费要求的, 返回07, 否则按正常返回) 99: 此号码不存在
        customer_name (str): 客户姓名: 需要模糊化处理。 如“王小二”返回“xx二”(小写字母x)
        address (str): 宽带安装地址
        city (str): 归属地市
        max_rate (str): 宽带最高速率: 单位M, 返回非负整数。 例如: 20、 30、 50、 100
        plan_cycle (OSPQ012BroadbandAccountPlanCycle): 产品周期: 01: 包三个月 02: 包半年 03: 包一年 04: 包两年 05: 包三年 06: 其他
        wb_type (OSPQ012BroadbandAccountWbType): 宽带业务类型: 01: 单宽带 02: 融合宽带
        plan_id (str): 主套餐产品编码: 订购的宽带主套餐编码, 套餐产品id
        plan_name (str): 主套餐名称: 宽带套餐名称
        valid_date (datetime.datetime): 生效时间: 主套餐生效的时间
        end_time (datetime.datetime): 失效时间: 主套餐失效的时间
        renew_type (OSPQ012BroadbandAccountRenewType): 可续约主套餐类型: 01: 跨类型（单宽带、融合宽带）+不同速; 02: 跨类型+同速; 03: 同类型+不同速; 04:
            同类型+同速; 05: 当前产品; 06: 不区分
        net_type (OSPQ012BroadbandAccountNetType): 网络类型: 01: 光宽带 02: ADSL 03: XPON 04: 其他
        special_fee (str | Unset): 当前套餐可抵扣金额: 当前套餐专项余额, 在续约立即生效或次月生效做差价处理时可扣减的金额。 单位: 分, 返回非负整数
        owe_fee (str | Unset): 宽带欠费金额: 省份需要做欠费校验时需要返回 单位：分，返回非负整数
    """

    service_no: str
    boss_servie_wb_no: str
    wb_status: OSPQ012BroadbandAccountWbStatus
    customer_name: str
    address: str
    city: str
    max_rate: str
    plan_cycle: OSPQ012BroadbandAccountPlanCycle
    wb_type: OSPQ012BroadbandAccountWbType
    plan_id: str
    plan_name: str
    valid_date: datetime.datetime
    end_time: datetime.datetime
    renew_type: OSPQ012BroadbandAccountRenewType
    net_type: OSPQ012BroadbandAccountNetType
    special_fee: str | Unset = UNSET
    owe_fee: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_no = self.service_no

        boss_servie_wb_no = self.boss_servie_wb_no

        wb_status: str = self.wb_status

        customer_name = self.customer_name

        address = self.address

        city = self.city

        max_rate = self.max_rate

        plan_cycle: str = self.plan_cycle

        wb_type: str = self.wb_type

        plan_id = self.plan_id

        plan_name = self.plan_name

        valid_date = self.valid_date.isoformat()

        end_time = self.end_time.isoformat()

        renew_type: str = self.renew_type

        net_type: str = self.net_type

        special_fee = self.special_fee

        owe_fee = self.owe_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceNo": service_no,
                "bossServieWbNo": boss_servie_wb_no,
                "wbStatus": wb_status,
                "customerName": customer_name,
                "address": address,
                "city": city,
                "maxRate": max_rate,
                "planCycle": plan_cycle,
                "wbType": wb_type,
                "planId": plan_id,
                "planName": plan_name,
                "validDate": valid_date,
                "endTime": end_time,
                "renewType": renew_type,
                "netType": net_type,
            }
        )
        if special_fee is not UNSET:
            field_dict["specialFee"] = special_fee
        if owe_fee is not UNSET:
            field_dict["oweFee"] = owe_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_no = d.pop("serviceNo")

        boss_servie_wb_no = d.pop("bossServieWbNo")

        wb_status = check_ospq012_broadband_account_wb_status(d.pop("wbStatus"))

        customer_name = d.pop("customerName")

        address = d.pop("address")

        city = d.pop("city")

        max_rate = d.pop("maxRate")

        plan_cycle = check_ospq012_broadband_account_plan_cycle(d.pop("planCycle"))

        wb_type = check_ospq012_broadband_account_wb_type(d.pop("wbType"))

        plan_id = d.pop("planId")

        plan_name = d.pop("planName")

        valid_date = datetime.datetime.fromisoformat(d.pop("validDate"))

        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        renew_type = check_ospq012_broadband_account_renew_type(d.pop("renewType"))

        net_type = check_ospq012_broadband_account_net_type(d.pop("netType"))

        special_fee = d.pop("specialFee", UNSET)

        owe_fee = d.pop("oweFee", UNSET)

        ospq012_broadband_account = cls(
            service_no=service_no,
            boss_servie_wb_no=boss_servie_wb_no,
            wb_status=wb_status,
            customer_name=customer_name,
            address=address,
            city=city,
            max_rate=max_rate,
            plan_cycle=plan_cycle,
            wb_type=wb_type,
            plan_id=plan_id,
            plan_name=plan_name,
            valid_date=valid_date,
            end_time=end_time,
            renew_type=renew_type,
            net_type=net_type,
            special_fee=special_fee,
            owe_fee=owe_fee,
        )

        ospq012_broadband_account.additional_properties = d
        return ospq012_broadband_account

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
