from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb024_reply import OSPB024Reply
from ...models.ospb024_request import OSPB024Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB024Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cresp/clorder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB024Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB024Reply.from_dict(response.json())

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
) -> Response[OSPB024Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB024Request,
) -> Response[OSPB024Reply | OSPQ009PlatformError]:
    """渠道反馈退单状态

     本接口支持渠道向能力开放平台反馈渠道侧标记的退款成功的状态信息

    Args:
        body (OSPB024Request): 渠道反馈退单状态 请求参数 (§3.1.21)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB024Reply | OSPQ009PlatformError]
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
    body: OSPB024Request,
) -> OSPB024Reply | OSPQ009PlatformError | None:
    """渠道反馈退单状态

     本接口支持渠道向能力开放平台反馈渠道侧标记的退款成功的状态信息

    Args:
        body (OSPB024Request): 渠道反馈退单状态 请求参数 (§3.1.21)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB024Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB024Request,
) -> Response[OSPB024Reply | OSPQ009PlatformError]:
    """渠道反馈退单状态

     本接口支持渠道向能力开放平台反馈渠道侧标记的退款成功的状态信息

    Args:
        body (OSPB024Request): 渠道反馈退单状态 请求参数 (§3.1.21)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB024Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB024Request,
) -> OSPB024Reply | OSPQ009PlatformError | None:
    """渠道反馈退单状态

     本接口支持渠道向能力开放平台反馈渠道侧标记的退款成功的状态信息

    Args:
        body (OSPB024Request): 渠道反馈退单状态 请求参数 (§3.1.21)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB024Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
