from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb015_reply import OSPB015Reply
from ...models.ospb015_request import OSPB015Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB015Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/loginauth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB015Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB015Reply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OSPQ009PlatformError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OSPQ009PlatformError.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = OSPQ009PlatformError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OSPB015Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB015Request,
) -> Response[OSPB015Reply | OSPQ009PlatformError]:
    """用户凭证接口

     当客户在微博、微信、自建APP等第三方平台自助渠道登录后，用户身份凭证失效时，通过第三方平台业务支撑系统向省CRM发起用户身份凭证鉴权登录以获取用户身份凭证。
    The returned identCode is the 用户凭证 required by 统一退订接口 (OSPB014) and 统一查询接口 (§2.7); it is valid for
    effectiveTime seconds.

    Args:
        body (OSPB015Request): 用户凭证接口 请求参数 (§3.1.12)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB015Reply | OSPQ009PlatformError]
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
    body: OSPB015Request,
) -> OSPB015Reply | OSPQ009PlatformError | None:
    """用户凭证接口

     当客户在微博、微信、自建APP等第三方平台自助渠道登录后，用户身份凭证失效时，通过第三方平台业务支撑系统向省CRM发起用户身份凭证鉴权登录以获取用户身份凭证。
    The returned identCode is the 用户凭证 required by 统一退订接口 (OSPB014) and 统一查询接口 (§2.7); it is valid for
    effectiveTime seconds.

    Args:
        body (OSPB015Request): 用户凭证接口 请求参数 (§3.1.12)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB015Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB015Request,
) -> Response[OSPB015Reply | OSPQ009PlatformError]:
    """用户凭证接口

     当客户在微博、微信、自建APP等第三方平台自助渠道登录后，用户身份凭证失效时，通过第三方平台业务支撑系统向省CRM发起用户身份凭证鉴权登录以获取用户身份凭证。
    The returned identCode is the 用户凭证 required by 统一退订接口 (OSPB014) and 统一查询接口 (§2.7); it is valid for
    effectiveTime seconds.

    Args:
        body (OSPB015Request): 用户凭证接口 请求参数 (§3.1.12)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB015Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB015Request,
) -> OSPB015Reply | OSPQ009PlatformError | None:
    """用户凭证接口

     当客户在微博、微信、自建APP等第三方平台自助渠道登录后，用户身份凭证失效时，通过第三方平台业务支撑系统向省CRM发起用户身份凭证鉴权登录以获取用户身份凭证。
    The returned identCode is the 用户凭证 required by 统一退订接口 (OSPB014) and 统一查询接口 (§2.7); it is valid for
    effectiveTime seconds.

    Args:
        body (OSPB015Request): 用户凭证接口 请求参数 (§3.1.12)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB015Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
