from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderProductRequest")


@_attrs_define
class OrderProductRequest:
    """
    Attributes:
        supplier (str): 供应商名称: 支持多家供应商
        phone_no (str): 手机号码
        product_id (str): 产品 ID: 话费充值套餐 ID
        cstm_order_name (str): 调用方名称
        cstm_order_no (str): 调用方流水号
        access_token (str | Unset): 接入说明: 接入方应用
        company (str | Unset): 公司名称: 接入方公司
        ts (str | Unset): 时间戳
        app_id (str | Unset): appID: 调用者 appID
    """

    supplier: str
    phone_no: str
    product_id: str
    cstm_order_name: str
    cstm_order_no: str
    access_token: str | Unset = UNSET
    company: str | Unset = UNSET
    ts: str | Unset = UNSET
    app_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        supplier = self.supplier

        phone_no = self.phone_no

        product_id = self.product_id

        cstm_order_name = self.cstm_order_name

        cstm_order_no = self.cstm_order_no

        access_token = self.access_token

        company = self.company

        ts = self.ts

        app_id = self.app_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Supplier": supplier,
                "phoneNo": phone_no,
                "productId": product_id,
                "cstmOrderName": cstm_order_name,
                "cstmOrderNo": cstm_order_no,
            }
        )
        if access_token is not UNSET:
            field_dict["access_token"] = access_token
        if company is not UNSET:
            field_dict["company"] = company
        if ts is not UNSET:
            field_dict["ts"] = ts
        if app_id is not UNSET:
            field_dict["appID"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supplier = d.pop("Supplier")

        phone_no = d.pop("phoneNo")

        product_id = d.pop("productId")

        cstm_order_name = d.pop("cstmOrderName")

        cstm_order_no = d.pop("cstmOrderNo")

        access_token = d.pop("access_token", UNSET)

        company = d.pop("company", UNSET)

        ts = d.pop("ts", UNSET)

        app_id = d.pop("appID", UNSET)

        order_product_request = cls(
            supplier=supplier,
            phone_no=phone_no,
            product_id=product_id,
            cstm_order_name=cstm_order_name,
            cstm_order_no=cstm_order_no,
            access_token=access_token,
            company=company,
            ts=ts,
            app_id=app_id,
        )

        return order_product_request
