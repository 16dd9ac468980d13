from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq009_reply import OSPQ009Reply
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
        "url": "/roam/user/info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ009Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ009Reply.from_dict(response.json())

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
) -> Response[OSPQ009PlatformError | OSPQ009Reply]:
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
) -> Response[OSPQ009PlatformError | OSPQ009Reply]:
    """国漫用户基本信息查询接口

     本接口用于查询用户在省boss中的基本信息，判断用户是否具备业务办理的条件。

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ009Reply]
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
) -> OSPQ009PlatformError | OSPQ009Reply | None:
    """国漫用户基本信息查询接口

     本接口用于查询用户在省boss中的基本信息，判断用户是否具备业务办理的条件。

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ009Reply
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
) -> Response[OSPQ009PlatformError | OSPQ009Reply]:
    """国漫用户基本信息查询接口

     本接口用于查询用户在省boss中的基本信息，判断用户是否具备业务办理的条件。

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ009Reply]
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
) -> OSPQ009PlatformError | OSPQ009Reply | None:
    """国漫用户基本信息查询接口

     本接口用于查询用户在省boss中的基本信息，判断用户是否具备业务办理的条件。

    Args:
        mobile (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ009Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
        )
    ).parsed
