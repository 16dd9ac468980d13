from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb005_reply import OSPB005Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    mobile: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mobile"] = mobile

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/code",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB005Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB005Reply.from_dict(response.json())

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
) -> Response[OSPB005Reply | OSPQ009PlatformError]:
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
) -> Response[OSPB005Reply | OSPQ009PlatformError]:
    """申请短信验证码接口

     对用户输入的短信验证码进行校验。当验证码输入错误次数超过3次时, 需重新申请新验证码。

    (The document's explanation above describes the check; this interface sends a new SMS
    verification code to mobile — see x-doc-errata.)

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB005Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
) -> OSPB005Reply | OSPQ009PlatformError | None:
    """申请短信验证码接口

     对用户输入的短信验证码进行校验。当验证码输入错误次数超过3次时, 需重新申请新验证码。

    (The document's explanation above describes the check; this interface sends a new SMS
    verification code to mobile — see x-doc-errata.)

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB005Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
) -> Response[OSPB005Reply | OSPQ009PlatformError]:
    """申请短信验证码接口

     对用户输入的短信验证码进行校验。当验证码输入错误次数超过3次时, 需重新申请新验证码。

    (The document's explanation above describes the check; this interface sends a new SMS
    verification code to mobile — see x-doc-errata.)

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB005Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
) -> OSPB005Reply | OSPQ009PlatformError | None:
    """申请短信验证码接口

     对用户输入的短信验证码进行校验。当验证码输入错误次数超过3次时, 需重新申请新验证码。

    (The document's explanation above describes the check; this interface sends a new SMS
    verification code to mobile — see x-doc-errata.)

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB005Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
        )
    ).parsed
