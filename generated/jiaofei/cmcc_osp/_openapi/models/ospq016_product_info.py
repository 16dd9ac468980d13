from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ospq016_product_info_biz_type import (
    OSPQ016ProductInfoBizType,
    check_ospq016_product_info_biz_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ospq016_action import OSPQ016Action
    from ..models.ospq016_product import OSPQ016Product


T = TypeVar("T", bound="OSPQ016ProductInfo")


@_attrs_define
class OSPQ016ProductInfo:
    """产品信息 productInfo 的一项

    Attributes:
        biz_type (OSPQ016ProductInfoBizType | Unset): 编码类型: 产品类型不为02.增值业务类时，取值如下：01：产品编码；02：企业代码+业务代码
        product_code (str | Unset): 产品唯一编码: 当编码类型为01：产品编码时填写
        sp_code (str | Unset): 企业代码: 当编码类型为02:企业代码+业务代码填写
        biz_code (str | Unset): 业务代码: 当编码类型为02:企业代码+业务代码填写
        product_list (list[OSPQ016Product] | Unset): 产品名称: 产品类型不为01.套餐类时填写
        serv_fun_id (str | Unset): 服务功能id: 产品类型为03.服务功能类时填写
        serv_fun_name (str | Unset): 服务功能名称: 产品类型为03.服务功能类时填写
        action_list (list[OSPQ016Action] | Unset): 营销活动名称: 产品类型为04.营销活动等其他类时填写
        biz_fee (str | Unset): 资费描述: 格式：XX元/月
        order_time (datetime.datetime | Unset): 订购时间: YYYYMMDDHH24MISS订购记录按照订购时间倒序排序
        valid_date (datetime.datetime | Unset): 生效时间: YYYYMMDDHH24MISS
        expire_date (datetime.datetime | Unset): 失效时间: YYYYMMDDHH24MISS
        fee_type (str | Unset): 计费类型: 例如“包月”“包季”“包年”等
    """

    biz_type: OSPQ016ProductInfoBizType | Unset = UNSET
    product_code: str | Unset = UNSET
    sp_code: str | Unset = UNSET
    biz_code: str | Unset = UNSET
    product_list: list[OSPQ016Product] | Unset = UNSET
    serv_fun_id: str | Unset = UNSET
    serv_fun_name: str | Unset = UNSET
    action_list: list[OSPQ016Action] | Unset = UNSET
    biz_fee: str | Unset = UNSET
    order_time: datetime.datetime | Unset = UNSET
    valid_date: datetime.datetime | Unset = UNSET
    expire_date: datetime.datetime | Unset = UNSET
    fee_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        biz_type: str | Unset = UNSET
        if not isinstance(self.biz_type, Unset):
            biz_type = self.biz_type

        product_code = self.product_code

        sp_code = self.sp_code

        biz_code = self.biz_code

        product_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_list, Unset):
            product_list = []
            for product_list_item_data in self.product_list:
                product_list_item = product_list_item_data.to_dict()
                product_list.append(product_list_item)

        serv_fun_id = self.serv_fun_id

        serv_fun_name = self.serv_fun_name

        action_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.action_list, Unset):
            action_list = []
            for action_list_item_data in self.action_list:
                action_list_item = action_list_item_data.to_dict()
                action_list.append(action_list_item)

        biz_fee = self.biz_fee

        order_time: str | Unset = UNSET
        if not isinstance(self.order_time, Unset):
            order_time = self.order_time.isoformat()

        valid_date: str | Unset = UNSET
        if not isinstance(self.valid_date, Unset):
            valid_date = self.valid_date.isoformat()

        expire_date: str | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = self.expire_date.isoformat()

        fee_type = self.fee_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if biz_type is not UNSET:
            field_dict["bizType"] = biz_type
        if product_code is not UNSET:
            field_dict["productCode"] = product_code
        if sp_code is not UNSET:
            field_dict["spCode"] = sp_code
        if biz_code is not UNSET:
            field_dict["bizCode"] = biz_code
        if product_list is not UNSET:
            field_dict["productList"] = product_list
        if serv_fun_id is not UNSET:
            field_dict["servFunId"] = serv_fun_id
        if serv_fun_name is not UNSET:
            field_dict["servFunName"] = serv_fun_name
        if action_list is not UNSET:
            field_dict["actionList"] = action_list
        if biz_fee is not UNSET:
            field_dict["bizFee"] = biz_fee
        if order_time is not UNSET:
            field_dict["orderTime"] = order_time
        if valid_date is not UNSET:
            field_dict["validDate"] = valid_date
        if expire_date is not UNSET:
            field_dict["expireDate"] = expire_date
        if fee_type is not UNSET:
            field_dict["feeType"] = fee_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ospq016_action import OSPQ016Action  # noqa: PLC0415
        from ..models.ospq016_product import OSPQ016Product  # noqa: PLC0415

        d = dict(src_dict)
        _biz_type = d.pop("bizType", UNSET)
        biz_type: OSPQ016ProductInfoBizType | Unset
        if isinstance(_biz_type, Unset):
            biz_type = UNSET
        else:
            biz_type = check_ospq016_product_info_biz_type(_biz_type)

        product_code = d.pop("productCode", UNSET)

        sp_code = d.pop("spCode", UNSET)

        biz_code = d.pop("bizCode", UNSET)

        _product_list = d.pop("productList", UNSET)
        product_list: list[OSPQ016Product] | Unset = UNSET
        if _product_list is not UNSET:
            product_list = []
            for product_list_item_data in _product_list:
                product_list_item = OSPQ016Product.from_dict(product_list_item_data)

                product_list.append(product_list_item)

        serv_fun_id = d.pop("servFunId", UNSET)

        serv_fun_name = d.pop("servFunName", UNSET)

        _action_list = d.pop("actionList", UNSET)
        action_list: list[OSPQ016Action] | Unset = UNSET
        if _action_list is not UNSET:
            action_list = []
            for action_list_item_data in _action_list:
                action_list_item = OSPQ016Action.from_dict(action_list_item_data)

                action_list.append(action_list_item)

        biz_fee = d.pop("bizFee", UNSET)

        _order_time = d.pop("orderTime", UNSET)
        order_time: datetime.datetime | Unset
        if isinstance(_order_time, Unset):
            order_time = UNSET
        else:
            order_time = datetime.datetime.fromisoformat(_order_time)

        _valid_date = d.pop("validDate", UNSET)
        valid_date: datetime.datetime | Unset
        if isinstance(_valid_date, Unset):
            valid_date = UNSET
        else:
            valid_date = datetime.datetime.fromisoformat(_valid_date)

        _expire_date = d.pop("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = datetime.datetime.fromisoformat(_expire_date)

        fee_type = d.pop("feeType", UNSET)

        ospq016_product_info = cls(
            biz_type=biz_type,
            product_code=product_code,
            sp_code=sp_code,
            biz_code=biz_code,
            product_list=product_list,
            serv_fun_id=serv_fun_id,
            serv_fun_name=serv_fun_name,
            action_list=action_list,
            biz_fee=biz_fee,
            order_time=order_time,
            valid_date=valid_date,
            expire_date=expire_date,
            fee_type=fee_type,
        )

        ospq016_product_info.additional_properties = d
        return ospq016_product_info

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
