from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq010_subscription_product_status import (
    OSPQ010SubscriptionProductStatus,
    check_ospq010_subscription_product_status,
)
from ..models.ospq010_subscription_product_type import (
    OSPQ010SubscriptionProductType,
    check_ospq010_subscription_product_type,
)
from ..models.ospq010_subscription_user_id import (
    OSPQ010SubscriptionUserId,
    check_ospq010_subscription_user_id,
)
from ..models.附录八省份编码附录十八省编码表 import (
    check_附录八省份编码附录十八省编码表,
    附录八省份编码附录十八省编码表,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OSPQ010Subscription")


@_attrs_define
class OSPQ010Subscription:
    """响应结果说明 (§4.9)

    Attributes:
        mobile (str): 手机号码: 移动用户终端号码，不带“+86”的手机号码。
        user_id (OSPQ010SubscriptionUserId): 用户类型: 00 - 个人用户；01 - 集团用户
        province_code (附录八省份编码附录十八省编码表): 省份编码: 三位省编码；附录八 (省份编码 / 省份名称) and 附录十八 省编码表 (序号 / 省编码 PROVINCE_CODE / 省名称
            PROVINCE_NAME / 省缩写 PROVINCE_ABBREVIATION) list the same 31 provinces with the same codes, names and order.
            x-enum-details keeps 附录八's 省份名称 and 附录十八's 序号, 省名称 and 省缩写
        opr_time (datetime.datetime): 订购关系查询处理时间: 订购关系查询处理时间, 格式为: YYYYMMDDHHmmSS
        order_id (str): 原订单主订单号: 原订单主订单号
        sub_order_id (str): 原订单子订单号: 原订单子订单号
        product_id (str): 国漫基地产品ID: 国漫基地产品ID
        product_name (str): 国漫基地产品名称: 国漫基地产品名称
        product_type (OSPQ010SubscriptionProductType): 国漫基地产品类型: 00 - 一次性产品；01 - 功能性产品
        product_effective_time (datetime.datetime): 订购生效时间: 产品成功订购的时间，格式如：YYYYMMDDHHmmSS
        product_expire_time (datetime.datetime): 订购过期时间: 用户必须在订购过期时间前使用，格式如：YYYYMMDDHHmmSS
        order_channel (str): 订购渠道: 订购渠道，由国漫集中节点使用汉字或者英文填写
        group_name (str | Unset): 集团客户简称: userId为01时填写，可使用汉字填写
        shop_code (str | Unset): 渠道编码: 国际公司的分销渠道的渠道编码
        product_status (OSPQ010SubscriptionProductStatus | Unset): 国漫基地产品状态: 00 - 未激活，未过期；01 - 未激活，已过期；02 - 已激活，正在使用；03
            - 已激活，使用完毕；04 - 已退订；05 - 已销户退订
        product_active_time (datetime.datetime | Unset): 产品激活时间:
            prodType产品类型取值为01时不填写；用户首次使用的时间，新增用户订购信息时没有该时间的。格式如：YYYYMMDDHHmmSS
        product_end_time (datetime.datetime | Unset): 产品失效时间: prodType产品类型取值为01时不填写；产品资源使用完毕的时间；格式如：YYYYMMDDHHmmSS
    """

    mobile: str
    user_id: OSPQ010SubscriptionUserId
    province_code: 附录八省份编码附录十八省编码表
    opr_time: datetime.datetime
    order_id: str
    sub_order_id: str
    product_id: str
    product_name: str
    product_type: OSPQ010SubscriptionProductType
    product_effective_time: datetime.datetime
    product_expire_time: datetime.datetime
    order_channel: str
    group_name: str | Unset = UNSET
    shop_code: str | Unset = UNSET
    product_status: OSPQ010SubscriptionProductStatus | Unset = UNSET
    product_active_time: datetime.datetime | Unset = UNSET
    product_end_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        user_id: str = self.user_id

        province_code: str = self.province_code

        opr_time = self.opr_time.isoformat()

        order_id = self.order_id

        sub_order_id = self.sub_order_id

        product_id = self.product_id

        product_name = self.product_name

        product_type: str = self.product_type

        product_effective_time = self.product_effective_time.isoformat()

        product_expire_time = self.product_expire_time.isoformat()

        order_channel = self.order_channel

        group_name = self.group_name

        shop_code = self.shop_code

        product_status: str | Unset = UNSET
        if not isinstance(self.product_status, Unset):
            product_status = self.product_status

        product_active_time: str | Unset = UNSET
        if not isinstance(self.product_active_time, Unset):
            product_active_time = self.product_active_time.isoformat()

        product_end_time: str | Unset = UNSET
        if not isinstance(self.product_end_time, Unset):
            product_end_time = self.product_end_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
                "userId": user_id,
                "provinceCode": province_code,
                "oprTime": opr_time,
                "orderId": order_id,
                "subOrderId": sub_order_id,
                "productId": product_id,
                "productName": product_name,
                "productType": product_type,
                "productEffectiveTime": product_effective_time,
                "productExpireTime": product_expire_time,
                "orderChannel": order_channel,
            }
        )
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if shop_code is not UNSET:
            field_dict["shopCode"] = shop_code
        if product_status is not UNSET:
            field_dict["productStatus"] = product_status
        if product_active_time is not UNSET:
            field_dict["productActiveTime"] = product_active_time
        if product_end_time is not UNSET:
            field_dict["productEndTime"] = product_end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        user_id = check_ospq010_subscription_user_id(d.pop("userId"))

        province_code = check_附录八省份编码附录十八省编码表(d.pop("provinceCode"))

        opr_time = datetime.datetime.fromisoformat(d.pop("oprTime"))

        order_id = d.pop("orderId")

        sub_order_id = d.pop("subOrderId")

        product_id = d.pop("productId")

        product_name = d.pop("productName")

        product_type = check_ospq010_subscription_product_type(d.pop("productType"))

        product_effective_time = datetime.datetime.fromisoformat(d.pop("productEffectiveTime"))

        product_expire_time = datetime.datetime.fromisoformat(d.pop("productExpireTime"))

        order_channel = d.pop("orderChannel")

        group_name = d.pop("groupName", UNSET)

        shop_code = d.pop("shopCode", UNSET)

        _product_status = d.pop("productStatus", UNSET)
        product_status: OSPQ010SubscriptionProductStatus | Unset
        if isinstance(_product_status, Unset):
            product_status = UNSET
        else:
            product_status = check_ospq010_subscription_product_status(_product_status)

        _product_active_time = d.pop("productActiveTime", UNSET)
        product_active_time: datetime.datetime | Unset
        if isinstance(_product_active_time, Unset):
            product_active_time = UNSET
        else:
            product_active_time = datetime.datetime.fromisoformat(_product_active_time)

        _product_end_time = d.pop("productEndTime", UNSET)
        product_end_time: datetime.datetime | Unset
        if isinstance(_product_end_time, Unset):
            product_end_time = UNSET
        else:
            product_end_time = datetime.datetime.fromisoformat(_product_end_time)

        ospq010_subscription = cls(
            mobile=mobile,
            user_id=user_id,
            province_code=province_code,
            opr_time=opr_time,
            order_id=order_id,
            sub_order_id=sub_order_id,
            product_id=product_id,
            product_name=product_name,
            product_type=product_type,
            product_effective_time=product_effective_time,
            product_expire_time=product_expire_time,
            order_channel=order_channel,
            group_name=group_name,
            shop_code=shop_code,
            product_status=product_status,
            product_active_time=product_active_time,
            product_end_time=product_end_time,
        )

        ospq010_subscription.additional_properties = d
        return ospq010_subscription

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
