from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospp009_reply_item import OSPP009ReplyItem
from ...models.ospp009_request import OSPP009Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPP009Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/payservice/payment/h5query",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | list[OSPP009ReplyItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_ospp009_reply_item_data in _response_200:
            componentsschemas_ospp009_reply_item = OSPP009ReplyItem.from_dict(
                componentsschemas_ospp009_reply_item_data
            )

            response_200.append(componentsschemas_ospp009_reply_item)

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
) -> Response[OSPQ009PlatformError | list[OSPP009ReplyItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPP009Request,
) -> Response[OSPQ009PlatformError | list[OSPP009ReplyItem]]:
    """渠道订单支付结果查询

     本接口用于查询支付单信息。

    Args:
        body (OSPP009Request): 渠道订单支付结果查询请求参数 (§6.7 请求参数说明)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPP009ReplyItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: OSPP009Request,
) -> OSPQ009PlatformError | list[OSPP009ReplyItem] | None:
    """渠道订单支付结果查询

     本接口用于查询支付单信息。

    Args:
        body (OSPP009Request): 渠道订单支付结果查询请求参数 (§6.7 请求参数说明)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPP009ReplyItem]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPP009Request,
) -> Response[OSPQ009PlatformError | list[OSPP009ReplyItem]]:
    """渠道订单支付结果查询

     本接口用于查询支付单信息。

    Args:
        body (OSPP009Request): 渠道订单支付结果查询请求参数 (§6.7 请求参数说明)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPP009ReplyItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPP009Request,
) -> OSPQ009PlatformError | list[OSPP009ReplyItem] | None:
    """渠道订单支付结果查询

     本接口用于查询支付单信息。

    Args:
        body (OSPP009Request): 渠道订单支付结果查询请求参数 (§6.7 请求参数说明)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPP009ReplyItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
