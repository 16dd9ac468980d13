from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq013_reply import OSPQ013Reply
from ...models.query_broadband_addresses_address_type import (
    QueryBroadbandAddressesAddressType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    address_type: QueryBroadbandAddressesAddressType,
    province: str,
    area_name: str,
    address_name: str | Unset = UNSET,
    address_id: str | Unset = UNSET,
    page_id: int | Unset = UNSET,
    page_capacity: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_address_type: str = address_type
    params["addressType"] = json_address_type

    params["province"] = province

    params["areaName"] = area_name

    params["addressName"] = address_name

    params["addressId"] = address_id

    params["pageId"] = page_id

    params["pageCapacity"] = page_capacity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/bdaddress",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ013Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ013Reply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OSPQ009PlatformError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OSPQ009PlatformError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OSPQ009PlatformError | OSPQ013Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    address_type: QueryBroadbandAddressesAddressType,
    province: str,
    area_name: str,
    address_name: str | Unset = UNSET,
    address_id: str | Unset = UNSET,
    page_id: int | Unset = UNSET,
    page_capacity: int | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ013Reply]:
    """宽带小区地址信息查询

     本接口支持分级查询宽带小区地址（移动自建），可根据关键字进行匹配，返回的标准地址状态为“启用”且尚有可容量的标准地址及相关信息。

    Args:
        address_type (QueryBroadbandAddressesAddressType):
        province (str):
        area_name (str):
        address_name (str | Unset):
        address_id (str | Unset):
        page_id (int | Unset):
        page_capacity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ013Reply]
    """

    kwargs = _get_kwargs(
        address_type=address_type,
        province=province,
        area_name=area_name,
        address_name=address_name,
        address_id=address_id,
        page_id=page_id,
        page_capacity=page_capacity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    address_type: QueryBroadbandAddressesAddressType,
    province: str,
    area_name: str,
    address_name: str | Unset = UNSET,
    address_id: str | Unset = UNSET,
    page_id: int | Unset = UNSET,
    page_capacity: int | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ013Reply | None:
    """宽带小区地址信息查询

     本接口支持分级查询宽带小区地址（移动自建），可根据关键字进行匹配，返回的标准地址状态为“启用”且尚有可容量的标准地址及相关信息。

    Args:
        address_type (QueryBroadbandAddressesAddressType):
        province (str):
        area_name (str):
        address_name (str | Unset):
        address_id (str | Unset):
        page_id (int | Unset):
        page_capacity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ013Reply
    """

    return sync_detailed(
        client=client,
        address_type=address_type,
        province=province,
        area_name=area_name,
        address_name=address_name,
        address_id=address_id,
        page_id=page_id,
        page_capacity=page_capacity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    address_type: QueryBroadbandAddressesAddressType,
    province: str,
    area_name: str,
    address_name: str | Unset = UNSET,
    address_id: str | Unset = UNSET,
    page_id: int | Unset = UNSET,
    page_capacity: int | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ013Reply]:
    """宽带小区地址信息查询

     本接口支持分级查询宽带小区地址（移动自建），可根据关键字进行匹配，返回的标准地址状态为“启用”且尚有可容量的标准地址及相关信息。

    Args:
        address_type (QueryBroadbandAddressesAddressType):
        province (str):
        area_name (str):
        address_name (str | Unset):
        address_id (str | Unset):
        page_id (int | Unset):
        page_capacity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ013Reply]
    """

    kwargs = _get_kwargs(
        address_type=address_type,
        province=province,
        area_name=area_name,
        address_name=address_name,
        address_id=address_id,
        page_id=page_id,
        page_capacity=page_capacity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    address_type: QueryBroadbandAddressesAddressType,
    province: str,
    area_name: str,
    address_name: str | Unset = UNSET,
    address_id: str | Unset = UNSET,
    page_id: int | Unset = UNSET,
    page_capacity: int | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ013Reply | None:
    """宽带小区地址信息查询

     本接口支持分级查询宽带小区地址（移动自建），可根据关键字进行匹配，返回的标准地址状态为“启用”且尚有可容量的标准地址及相关信息。

    Args:
        address_type (QueryBroadbandAddressesAddressType):
        province (str):
        area_name (str):
        address_name (str | Unset):
        address_id (str | Unset):
        page_id (int | Unset):
        page_capacity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ013Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            address_type=address_type,
            province=province,
            area_name=area_name,
            address_name=address_name,
            address_id=address_id,
            page_id=page_id,
            page_capacity=page_capacity,
        )
    ).parsed
