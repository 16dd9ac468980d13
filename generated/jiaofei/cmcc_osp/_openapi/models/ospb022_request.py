from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.ospb022_request_login_type import (
    OSPB022RequestLoginType,
    check_ospb022_request_login_type,
)
from ..models.ospb022_request_opr_type import OSPB022RequestOprType, check_ospb022_request_opr_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPB022Request")


@_attrs_define
class OSPB022Request:
    """卡券领取接口 请求参数 (§3.1.19)

    Attributes:
        login_no (str): 登录账号: 中国移动手机号码
        login_type (OSPB022RequestLoginType): 登录类型: 0: 手机号
        opr_type (OSPB022RequestOprType): 操作类型: 2: 普通领取
        activity_code (str): 活动编码: 一级能开的活动编码
        serial_number (str): 唯一流水: 每笔调用唯一标识。能开渠道编码（附录三）+省份编码（附录四）+YYYYMMDDHHmmssSSS
            +5位流水。如：2511002017070518481200020203。 如果调用领取接口异常，记录下来日志, 使用重发机制，使用原流水进行领取调用
        obtain_date (str): 领取账期: 领取日期，领取对账的时候使用,例如：20171129
        order_id (str | Unset): 订单号: 接入方订单编码，按订单赠券时必须填
        obtain_busi (str | Unset): 领取业务编码: 后期扩展使用
        task_id (str | Unset): 任务id: 后期扩展使用
        extend_par_1 (str | Unset): 扩展字段1: 后期扩展使用
        extend_par_2 (str | Unset): 扩展字段2: 后期扩展使用
    """

    login_no: str
    login_type: OSPB022RequestLoginType
    opr_type: OSPB022RequestOprType
    activity_code: str
    serial_number: str
    obtain_date: str
    order_id: str | Unset = UNSET
    obtain_busi: str | Unset = UNSET
    task_id: str | Unset = UNSET
    extend_par_1: str | Unset = UNSET
    extend_par_2: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        login_no = self.login_no

        login_type: str = self.login_type

        opr_type: str = self.opr_type

        activity_code = self.activity_code

        serial_number = self.serial_number

        obtain_date = self.obtain_date

        order_id = self.order_id

        obtain_busi = self.obtain_busi

        task_id = self.task_id

        extend_par_1 = self.extend_par_1

        extend_par_2 = self.extend_par_2

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "loginNo": login_no,
                "loginType": login_type,
                "oprType": opr_type,
                "activityCode": activity_code,
                "serialNumber": serial_number,
                "obtainDate": obtain_date,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if obtain_busi is not UNSET:
            field_dict["obtainBusi"] = obtain_busi
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if extend_par_1 is not UNSET:
            field_dict["extendPar1"] = extend_par_1
        if extend_par_2 is not UNSET:
            field_dict["extendPar2"] = extend_par_2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_no = d.pop("loginNo")

        login_type = check_ospb022_request_login_type(d.pop("loginType"))

        opr_type = check_ospb022_request_opr_type(d.pop("oprType"))

        activity_code = d.pop("activityCode")

        serial_number = d.pop("serialNumber")

        obtain_date = d.pop("obtainDate")

        order_id = d.pop("orderId", UNSET)

        obtain_busi = d.pop("obtainBusi", UNSET)

        task_id = d.pop("taskId", UNSET)

        extend_par_1 = d.pop("extendPar1", UNSET)

        extend_par_2 = d.pop("extendPar2", UNSET)

        ospb022_request = cls(
            login_no=login_no,
            login_type=login_type,
            opr_type=opr_type,
            activity_code=activity_code,
            serial_number=serial_number,
            obtain_date=obtain_date,
            order_id=order_id,
            obtain_busi=obtain_busi,
            task_id=task_id,
            extend_par_1=extend_par_1,
            extend_par_2=extend_par_2,
        )

        return ospb022_request
