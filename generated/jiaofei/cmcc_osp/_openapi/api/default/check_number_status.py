from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_number_status_num_type import (
    CheckNumberStatusNumType,
)
from ...models.ospb001_reply import OSPB001Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    num_type: CheckNumberStatusNumType,
    number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_num_type: str = num_type
    params["numType"] = json_num_type

    params["number"] = number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/number/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB001Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB001Reply.from_dict(response.json())

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
) -> Response[OSPB001Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckNumberStatusNumType,
    number: str,
) -> Response[OSPB001Reply | OSPQ009PlatformError]:
    """号码状态校验接口

     对于已在网的老用户, 如果需要购买合约机、办理合约、办理其他移动业务或充值, 需要校验用户的号码状态是否正常。

    Args:
        num_type (CheckNumberStatusNumType):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB001Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        num_type=num_type,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckNumberStatusNumType,
    number: str,
) -> OSPB001Reply | OSPQ009PlatformError | None:
    """号码状态校验接口

     对于已在网的老用户, 如果需要购买合约机、办理合约、办理其他移动业务或充值, 需要校验用户的号码状态是否正常。

    Args:
        num_type (CheckNumberStatusNumType):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB001Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        num_type=num_type,
        number=number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckNumberStatusNumType,
    number: str,
) -> Response[OSPB001Reply | OSPQ009PlatformError]:
    """号码状态校验接口

     对于已在网的老用户, 如果需要购买合约机、办理合约、办理其他移动业务或充值, 需要校验用户的号码状态是否正常。

    Args:
        num_type (CheckNumberStatusNumType):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB001Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        num_type=num_type,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckNumberStatusNumType,
    number: str,
) -> OSPB001Reply | OSPQ009PlatformError | None:
    """号码状态校验接口

     对于已在网的老用户, 如果需要购买合约机、办理合约、办理其他移动业务或充值, 需要校验用户的号码状态是否正常。

    Args:
        num_type (CheckNumberStatusNumType):
        number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB001Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            num_type=num_type,
            number=number,
        )
    ).parsed
