from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq019_package_usage_gprs_cumulate_type import (
    OSPQ019PackageUsageGprsCumulateType,
    check_ospq019_package_usage_gprs_cumulate_type,
)
from ..models.ospq019_package_usage_gprs_import_type import (
    OSPQ019PackageUsageGprsImportType,
    check_ospq019_package_usage_gprs_import_type,
)
from ..models.ospq019_package_usage_gprs_net_type import (
    OSPQ019PackageUsageGprsNetType,
    check_ospq019_package_usage_gprs_net_type,
)
from ..models.ospq019_package_usage_gprs_product_type import (
    OSPQ019PackageUsageGprsProductType,
    check_ospq019_package_usage_gprs_product_type,
)
from ..models.ospq019_package_usage_gprs_rate_type import (
    OSPQ019PackageUsageGprsRateType,
    check_ospq019_package_usage_gprs_rate_type,
)
from ..models.ospq019_package_usage_gprs_send_type import (
    OSPQ019PackageUsageGprsSendType,
    check_ospq019_package_usage_gprs_send_type,
)
from ..models.ospq019_package_usage_gprs_share_type import (
    OSPQ019PackageUsageGprsShareType,
    check_ospq019_package_usage_gprs_share_type,
)
from ..models.ospq019_package_usage_gprs_use_type import (
    OSPQ019PackageUsageGprsUseType,
    check_ospq019_package_usage_gprs_use_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ019PackageUsage")


@_attrs_define
class OSPQ019PackageUsage:
    """套餐使用明细 packageUsedList 的一项

    Attributes:
        gprs_product_num (str): 产品个数: 同一产品个数。如3元包10M叠加包
        gprs_product_id (str): 产品编码: 套餐的产品编码
        gprs_max_value (str): 套餐总量: 按流量：单位KB
        gprs_cumulate_value (str): 套餐使用量: 按流量：单位KB
        gprs_product_name (str): 套餐名称: 流量套餐产品名称
        gprs_product_type (OSPQ019PackageUsageGprsProductType): 套餐类型: 1：半包套餐2：全包套餐
        gprs_rate_type (OSPQ019PackageUsageGprsRateType): 计费类型: 1：按流量
        gprs_use_type (OSPQ019PackageUsageGprsUseType): 套餐使用类型: 1：省内2：国内3：国际4：其他
        gprs_net_type (OSPQ019PackageUsageGprsNetType): 移动数据流量类型: 1：通用（2G/3G/4G）2：2G&3G 3：4G
        gprs_send_type (OSPQ019PackageUsageGprsSendType): 是否可以转赠: 0：可转赠 1：不可转赠
        gprs_share_type (OSPQ019PackageUsageGprsShareType): 是否可以共享: 0：可共享 1：不可共享
        gprs_import_type (OSPQ019PackageUsageGprsImportType): 是否可以结转: 0：结转资源；1：非结转资源(如按次计费产品、本月资源)
        gprs_cumulate_type (OSPQ019PackageUsageGprsCumulateType): GPRS累计类型: 0：按月累计 1：跨月累计（如小时包，季包，半年包，假日包等）
        begin_date (datetime.datetime | Unset): 累计量开始时间: YYYYMMDDHH24MISS，跨月套餐的有值，按月的套餐值为空
        end_date (datetime.datetime | Unset): 累计量截止时间: YYYYMMDDHH24MISS，跨月套餐的有值，按月的套餐值为空
    """

    gprs_product_num: str
    gprs_product_id: str
    gprs_max_value: str
    gprs_cumulate_value: str
    gprs_product_name: str
    gprs_product_type: OSPQ019PackageUsageGprsProductType
    gprs_rate_type: OSPQ019PackageUsageGprsRateType
    gprs_use_type: OSPQ019PackageUsageGprsUseType
    gprs_net_type: OSPQ019PackageUsageGprsNetType
    gprs_send_type: OSPQ019PackageUsageGprsSendType
    gprs_share_type: OSPQ019PackageUsageGprsShareType
    gprs_import_type: OSPQ019PackageUsageGprsImportType
    gprs_cumulate_type: OSPQ019PackageUsageGprsCumulateType
    begin_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gprs_product_num = self.gprs_product_num

        gprs_product_id = self.gprs_product_id

        gprs_max_value = self.gprs_max_value

        gprs_cumulate_value = self.gprs_cumulate_value

        gprs_product_name = self.gprs_product_name

        gprs_product_type: str = self.gprs_product_type

        gprs_rate_type: str = self.gprs_rate_type

        gprs_use_type: str = self.gprs_use_type

        gprs_net_type: str = self.gprs_net_type

        gprs_send_type: str = self.gprs_send_type

        gprs_share_type: str = self.gprs_share_type

        gprs_import_type: str = self.gprs_import_type

        gprs_cumulate_type: str = self.gprs_cumulate_type

        begin_date: str | Unset = UNSET
        if not isinstance(self.begin_date, Unset):
            begin_date = self.begin_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gprs_Product_Num": gprs_product_num,
                "gprs_Product_Id": gprs_product_id,
                "gprs_Max_Value": gprs_max_value,
                "gprs_Cumulate_Value": gprs_cumulate_value,
                "gprs_Product_Name": gprs_product_name,
                "gprs_Product_Type": gprs_product_type,
                "gprs_Rate_Type": gprs_rate_type,
                "gprs_Use_Type": gprs_use_type,
                "gprs_Net_Type": gprs_net_type,
                "gprs_Send_Type": gprs_send_type,
                "gprs_Share_Type": gprs_share_type,
                "gprs_Import_Type": gprs_import_type,
                "gprs_Cumulate_Type": gprs_cumulate_type,
            }
        )
        if begin_date is not UNSET:
            field_dict["begin_Date"] = begin_date
        if end_date is not UNSET:
            field_dict["end_Date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gprs_product_num = d.pop("gprs_Product_Num")

        gprs_product_id = d.pop("gprs_Product_Id")

        gprs_max_value = d.pop("gprs_Max_Value")

        gprs_cumulate_value = d.pop("gprs_Cumulate_Value")

        gprs_product_name = d.pop("gprs_Product_Name")

        gprs_product_type = check_ospq019_package_usage_gprs_product_type(
            d.pop("gprs_Product_Type")
        )

        gprs_rate_type = check_ospq019_package_usage_gprs_rate_type(d.pop("gprs_Rate_Type"))

        gprs_use_type = check_ospq019_package_usage_gprs_use_type(d.pop("gprs_Use_Type"))

        gprs_net_type = check_ospq019_package_usage_gprs_net_type(d.pop("gprs_Net_Type"))

        gprs_send_type = check_ospq019_package_usage_gprs_send_type(d.pop("gprs_Send_Type"))

        gprs_share_type = check_ospq019_package_usage_gprs_share_type(d.pop("gprs_Share_Type"))

        gprs_import_type = check_ospq019_package_usage_gprs_import_type(d.pop("gprs_Import_Type"))

        gprs_cumulate_type = check_ospq019_package_usage_gprs_cumulate_type(
            d.pop("gprs_Cumulate_Type")
        )

        _begin_date = d.pop("begin_Date", UNSET)
        begin_date: datetime.datetime | Unset
        if isinstance(_begin_date, Unset):
            begin_date = UNSET
        else:
            begin_date = datetime.datetime.fromisoformat(_begin_date)

        _end_date = d.pop("end_Date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        ospq019_package_usage = cls(
            gprs_product_num=gprs_product_num,
            gprs_product_id=gprs_product_id,
            gprs_max_value=gprs_max_value,
            gprs_cumulate_value=gprs_cumulate_value,
            gprs_product_name=gprs_product_name,
            gprs_product_type=gprs_product_type,
            gprs_rate_type=gprs_rate_type,
            gprs_use_type=gprs_use_type,
            gprs_net_type=gprs_net_type,
            gprs_send_type=gprs_send_type,
            gprs_share_type=gprs_share_type,
            gprs_import_type=gprs_import_type,
            gprs_cumulate_type=gprs_cumulate_type,
            begin_date=begin_date,
            end_date=end_date,
        )

        ospq019_package_usage.additional_properties = d
        return ospq019_package_usage

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
