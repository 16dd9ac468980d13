from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq002_reply import OSPQ002Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    number: str,
    expense: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["expense"] = expense

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/expense",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ002Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPQ002Reply.from_dict(response.json())

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
) -> Response[OSPQ002Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    number: str,
    expense: str,
) -> Response[OSPQ002Reply | OSPQ009PlatformError]:
    """话费余额鉴权接口

     本接口用于检查用户状态、账户余额是否满足用户商品订购、充值等需要。
    注意: 当渠道收到enough=false的结果时, 可理解为鉴权或查询失败。

    Args:
        number (str):
        expense (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ002Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        number=number,
        expense=expense,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    number: str,
    expense: str,
) -> OSPQ002Reply | OSPQ009PlatformError | None:
    """话费余额鉴权接口

     本接口用于检查用户状态、账户余额是否满足用户商品订购、充值等需要。
    注意: 当渠道收到enough=false的结果时, 可理解为鉴权或查询失败。

    Args:
        number (str):
        expense (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ002Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        number=number,
        expense=expense,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    number: str,
    expense: str,
) -> Response[OSPQ002Reply | OSPQ009PlatformError]:
    """话费余额鉴权接口

     本接口用于检查用户状态、账户余额是否满足用户商品订购、充值等需要。
    注意: 当渠道收到enough=false的结果时, 可理解为鉴权或查询失败。

    Args:
        number (str):
        expense (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ002Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        number=number,
        expense=expense,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    number: str,
    expense: str,
) -> OSPQ002Reply | OSPQ009PlatformError | None:
    """话费余额鉴权接口

     本接口用于检查用户状态、账户余额是否满足用户商品订购、充值等需要。
    注意: 当渠道收到enough=false的结果时, 可理解为鉴权或查询失败。

    Args:
        number (str):
        expense (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ002Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            expense=expense,
        )
    ).parsed
