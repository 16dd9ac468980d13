from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq004_order import OSPQ004Order
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    order_id_list: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderIdList"] = order_id_list

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/order/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | list[OSPQ004Order] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_ospq004_reply_item_data in _response_200:
            componentsschemas_ospq004_reply_item = OSPQ004Order.from_dict(
                componentsschemas_ospq004_reply_item_data
            )

            response_200.append(componentsschemas_ospq004_reply_item)

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
) -> Response[OSPQ009PlatformError | list[OSPQ004Order]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_id_list: str,
) -> Response[OSPQ009PlatformError | list[OSPQ004Order]]:
    """订单状态查询接口

     本接口用于批量查询订单在能力开放平台的信息和当前状态。

    Args:
        order_id_list (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ004Order]]
    """

    kwargs = _get_kwargs(
        order_id_list=order_id_list,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    order_id_list: str,
) -> OSPQ009PlatformError | list[OSPQ004Order] | None:
    """订单状态查询接口

     本接口用于批量查询订单在能力开放平台的信息和当前状态。

    Args:
        order_id_list (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ004Order]
    """

    return sync_detailed(
        client=client,
        order_id_list=order_id_list,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    order_id_list: str,
) -> Response[OSPQ009PlatformError | list[OSPQ004Order]]:
    """订单状态查询接口

     本接口用于批量查询订单在能力开放平台的信息和当前状态。

    Args:
        order_id_list (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ004Order]]
    """

    kwargs = _get_kwargs(
        order_id_list=order_id_list,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    order_id_list: str,
) -> OSPQ009PlatformError | list[OSPQ004Order] | None:
    """订单状态查询接口

     本接口用于批量查询订单在能力开放平台的信息和当前状态。

    Args:
        order_id_list (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ004Order]
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id_list=order_id_list,
        )
    ).parsed
