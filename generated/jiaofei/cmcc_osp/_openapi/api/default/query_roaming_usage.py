from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq011_usage import OSPQ011Usage
from ...types import UNSET, Response


def _get_kwargs(
    *,
    mobile: str,
    order_id: str,
    sub_order_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mobile"] = mobile

    params["orderId"] = order_id

    params["subOrderId"] = sub_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roam/usage/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | list[OSPQ011Usage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_ospq011_reply_item_data in _response_200:
            componentsschemas_ospq011_reply_item = OSPQ011Usage.from_dict(
                componentsschemas_ospq011_reply_item_data
            )

            response_200.append(componentsschemas_ospq011_reply_item)

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
) -> Response[OSPQ009PlatformError | list[OSPQ011Usage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    order_id: str,
    sub_order_id: str,
) -> Response[OSPQ009PlatformError | list[OSPQ011Usage]]:
    """国漫用户使用情况查询接口

     本接口用于查询用户在省boss中的基本信息，返回用户对使用国漫产品的使用情况结果

    Args:
        mobile (str):
        order_id (str):
        sub_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ011Usage]]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        order_id=order_id,
        sub_order_id=sub_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    order_id: str,
    sub_order_id: str,
) -> OSPQ009PlatformError | list[OSPQ011Usage] | None:
    """国漫用户使用情况查询接口

     本接口用于查询用户在省boss中的基本信息，返回用户对使用国漫产品的使用情况结果

    Args:
        mobile (str):
        order_id (str):
        sub_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ011Usage]
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
        order_id=order_id,
        sub_order_id=sub_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    order_id: str,
    sub_order_id: str,
) -> Response[OSPQ009PlatformError | list[OSPQ011Usage]]:
    """国漫用户使用情况查询接口

     本接口用于查询用户在省boss中的基本信息，返回用户对使用国漫产品的使用情况结果

    Args:
        mobile (str):
        order_id (str):
        sub_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ011Usage]]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        order_id=order_id,
        sub_order_id=sub_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    order_id: str,
    sub_order_id: str,
) -> OSPQ009PlatformError | list[OSPQ011Usage] | None:
    """国漫用户使用情况查询接口

     本接口用于查询用户在省boss中的基本信息，返回用户对使用国漫产品的使用情况结果

    Args:
        mobile (str):
        order_id (str):
        sub_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ011Usage]
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
            order_id=order_id,
            sub_order_id=sub_order_id,
        )
    ).parsed
