from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb017_reply import OSPB017Reply
from ...models.ospb017_request import OSPB017Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB017Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/salesorder",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB017Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB017Reply.from_dict(response.json())

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
) -> Response[OSPB017Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB017Request,
) -> Response[OSPB017Reply | OSPQ009PlatformError]:
    """综合销售订单同步接口

     接入渠道通过本接口把用户的号卡等商品订购请求同步给能力开放平台进行业务开通处理。
    §2.8: 订购结果（成功、失败）及省公司号卡配送状态由订单状态更新接口 (OSPF003) 反馈; 调用前先做入网资格校验 (OSPB016).

    Args:
        body (OSPB017Request): 综合销售订单同步接口 请求参数 — 主订单信息 (§3.1.14)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB017Reply | OSPQ009PlatformError]
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
    body: OSPB017Request,
) -> OSPB017Reply | OSPQ009PlatformError | None:
    """综合销售订单同步接口

     接入渠道通过本接口把用户的号卡等商品订购请求同步给能力开放平台进行业务开通处理。
    §2.8: 订购结果（成功、失败）及省公司号卡配送状态由订单状态更新接口 (OSPF003) 反馈; 调用前先做入网资格校验 (OSPB016).

    Args:
        body (OSPB017Request): 综合销售订单同步接口 请求参数 — 主订单信息 (§3.1.14)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB017Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB017Request,
) -> Response[OSPB017Reply | OSPQ009PlatformError]:
    """综合销售订单同步接口

     接入渠道通过本接口把用户的号卡等商品订购请求同步给能力开放平台进行业务开通处理。
    §2.8: 订购结果（成功、失败）及省公司号卡配送状态由订单状态更新接口 (OSPF003) 反馈; 调用前先做入网资格校验 (OSPB016).

    Args:
        body (OSPB017Request): 综合销售订单同步接口 请求参数 — 主订单信息 (§3.1.14)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB017Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB017Request,
) -> OSPB017Reply | OSPQ009PlatformError | None:
    """综合销售订单同步接口

     接入渠道通过本接口把用户的号卡等商品订购请求同步给能力开放平台进行业务开通处理。
    §2.8: 订购结果（成功、失败）及省公司号卡配送状态由订单状态更新接口 (OSPF003) 反馈; 调用前先做入网资格校验 (OSPB016).

    Args:
        body (OSPB017Request): 综合销售订单同步接口 请求参数 — 主订单信息 (§3.1.14)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB017Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
