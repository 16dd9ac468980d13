from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq007_reply import OSPQ007Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    app_key: str,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appKey"] = app_key

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/token/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ007Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPQ007Reply.from_dict(response.json())

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
) -> Response[OSPQ007Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_key: str,
    token: str,
) -> Response[OSPQ007Reply | OSPQ009PlatformError]:
    """Token状态查询接口

     为接入渠道核查当前已获取Token 的状态信息。

    Args:
        app_key (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ007Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        app_key=app_key,
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    app_key: str,
    token: str,
) -> OSPQ007Reply | OSPQ009PlatformError | None:
    """Token状态查询接口

     为接入渠道核查当前已获取Token 的状态信息。

    Args:
        app_key (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ007Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        app_key=app_key,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_key: str,
    token: str,
) -> Response[OSPQ007Reply | OSPQ009PlatformError]:
    """Token状态查询接口

     为接入渠道核查当前已获取Token 的状态信息。

    Args:
        app_key (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ007Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        app_key=app_key,
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_key: str,
    token: str,
) -> OSPQ007Reply | OSPQ009PlatformError | None:
    """Token状态查询接口

     为接入渠道核查当前已获取Token 的状态信息。

    Args:
        app_key (str):
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ007Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            app_key=app_key,
            token=token,
        )
    ).parsed
