from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.附录四订单状态 import check_附录四订单状态, 附录四订单状态
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospb017_activity_info import OSPB017ActivityInfo
    from ..models.ospb017_goods_info import OSPB017GoodsInfo
    from ..models.ospb017_subscriber_info import OSPB017SubscriberInfo


T = TypeVar("T", bound="OSPB017SubOrder")


@_attrs_define
class OSPB017SubOrder:
    """子订单信息 (§3.1.14 subOrderList[])

    Attributes:
        sub_order_id (str): 子订单编码: 接入方子订单编码，无子订单可填订单编码
        subscriber_info (OSPB017SubscriberInfo): 用户号码信息 (§3.1.14 subOrderList[].subscriberInfo)
        goods_info (OSPB017GoodsInfo): 订购商品信息 (§3.1.14 subOrderList[].goodsInfo)
        subtotal_fee (int): 子订单总金额: 单位：分
        adjust_fee (int): 手工调整金额: 单位：分
        order_status (附录四订单状态): 订单状态: 订单状态编码；表列 编码 / 名称
        activity_info (OSPB017ActivityInfo | Unset): 营销活动信息 (§3.1.14 subOrderList[].activityInfo)
        adjust_reason (str | Unset): 调整原因
    """

    sub_order_id: str
    subscriber_info: OSPB017SubscriberInfo
    goods_info: OSPB017GoodsInfo
    subtotal_fee: int
    adjust_fee: int
    order_status: 附录四订单状态
    activity_info: OSPB017ActivityInfo | Unset = UNSET
    adjust_reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sub_order_id = self.sub_order_id

        subscriber_info = self.subscriber_info.to_dict()

        goods_info = self.goods_info.to_dict()

        subtotal_fee = self.subtotal_fee

        adjust_fee = self.adjust_fee

        order_status: str = self.order_status

        activity_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.activity_info, Unset):
            activity_info = self.activity_info.to_dict()

        adjust_reason = self.adjust_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "subOrderId": sub_order_id,
                "subscriberInfo": subscriber_info,
                "goodsInfo": goods_info,
                "subtotalFee": subtotal_fee,
                "adjustFee": adjust_fee,
                "orderStatus": order_status,
            }
        )
        if activity_info is not UNSET:
            field_dict["activityInfo"] = activity_info
        if adjust_reason is not UNSET:
            field_dict["adjustReason"] = adjust_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospb017_activity_info import OSPB017ActivityInfo  # noqa: PLC0415
        from ..models.ospb017_goods_info import OSPB017GoodsInfo  # noqa: PLC0415
        from ..models.ospb017_subscriber_info import OSPB017SubscriberInfo  # noqa: PLC0415

        d = dict(src_dict)
        sub_order_id = d.pop("subOrderId")

        subscriber_info = OSPB017SubscriberInfo.from_dict(d.pop("subscriberInfo"))

        goods_info = OSPB017GoodsInfo.from_dict(d.pop("goodsInfo"))

        subtotal_fee = d.pop("subtotalFee")

        adjust_fee = d.pop("adjustFee")

        order_status = check_附录四订单状态(d.pop("orderStatus"))

        _activity_info = d.pop("activityInfo", UNSET)
        activity_info: OSPB017ActivityInfo | Unset
        if isinstance(_activity_info, Unset):
            activity_info = UNSET
        else:
            activity_info = OSPB017ActivityInfo.from_dict(_activity_info)

        adjust_reason = d.pop("adjustReason", UNSET)

        ospb017_sub_order = cls(
            sub_order_id=sub_order_id,
            subscriber_info=subscriber_info,
            goods_info=goods_info,
            subtotal_fee=subtotal_fee,
            adjust_fee=adjust_fee,
            order_status=order_status,
            activity_info=activity_info,
            adjust_reason=adjust_reason,
        )

        return ospb017_sub_order
