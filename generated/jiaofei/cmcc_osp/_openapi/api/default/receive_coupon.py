from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb022_reply import OSPB022Reply
from ...models.ospb022_request import OSPB022Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB022Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/coupons/receive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB022Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB022Reply.from_dict(response.json())

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
) -> Response[OSPB022Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB022Request,
) -> Response[OSPB022Reply | OSPQ009PlatformError]:
    """卡券领取接口

     渠道通过能力开放平台向卡券中心发起卡券领取请求, 从而实现卡券领取。卡券领取服务, 接口出参返回领取成功的券信息。系统间交互, 可能出现调用接口失败的情况, 需接入方实现重发处理,
    具体重发频率接入系统结合自己的业务自行定义。重发的时候, 接口入参中的“唯一流水”, 应保持不变。

    Args:
        body (OSPB022Request): 卡券领取接口 请求参数 (§3.1.19)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB022Reply | OSPQ009PlatformError]
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
    body: OSPB022Request,
) -> OSPB022Reply | OSPQ009PlatformError | None:
    """卡券领取接口

     渠道通过能力开放平台向卡券中心发起卡券领取请求, 从而实现卡券领取。卡券领取服务, 接口出参返回领取成功的券信息。系统间交互, 可能出现调用接口失败的情况, 需接入方实现重发处理,
    具体重发频率接入系统结合自己的业务自行定义。重发的时候, 接口入参中的“唯一流水”, 应保持不变。

    Args:
        body (OSPB022Request): 卡券领取接口 请求参数 (§3.1.19)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB022Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB022Request,
) -> Response[OSPB022Reply | OSPQ009PlatformError]:
    """卡券领取接口

     渠道通过能力开放平台向卡券中心发起卡券领取请求, 从而实现卡券领取。卡券领取服务, 接口出参返回领取成功的券信息。系统间交互, 可能出现调用接口失败的情况, 需接入方实现重发处理,
    具体重发频率接入系统结合自己的业务自行定义。重发的时候, 接口入参中的“唯一流水”, 应保持不变。

    Args:
        body (OSPB022Request): 卡券领取接口 请求参数 (§3.1.19)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB022Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB022Request,
) -> OSPB022Reply | OSPQ009PlatformError | None:
    """卡券领取接口

     渠道通过能力开放平台向卡券中心发起卡券领取请求, 从而实现卡券领取。卡券领取服务, 接口出参返回领取成功的券信息。系统间交互, 可能出现调用接口失败的情况, 需接入方实现重发处理,
    具体重发频率接入系统结合自己的业务自行定义。重发的时候, 接口入参中的“唯一流水”, 应保持不变。

    Args:
        body (OSPB022Request): 卡券领取接口 请求参数 (§3.1.19)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB022Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
