from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq019_reply import OSPQ019Reply
from ...models.query_data_usage_service_type import (
    QueryDataUsageServiceType,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    service_type: QueryDataUsageServiceType,
    service_number: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_type: str = service_type
    params["serviceType"] = json_service_type

    params["serviceNumber"] = service_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flow/userinfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ019Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ019Reply.from_dict(response.json())

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
) -> Response[OSPQ009PlatformError | OSPQ019Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryDataUsageServiceType,
    service_number: str,
) -> Response[OSPQ009PlatformError | OSPQ019Reply]:
    """流量使用情况查询接口

     提供用户按月查询流量套餐的使用情况。

    Args:
        service_type (QueryDataUsageServiceType):
        service_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ019Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    service_type: QueryDataUsageServiceType,
    service_number: str,
) -> OSPQ009PlatformError | OSPQ019Reply | None:
    """流量使用情况查询接口

     提供用户按月查询流量套餐的使用情况。

    Args:
        service_type (QueryDataUsageServiceType):
        service_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ019Reply
    """

    return sync_detailed(
        client=client,
        service_type=service_type,
        service_number=service_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryDataUsageServiceType,
    service_number: str,
) -> Response[OSPQ009PlatformError | OSPQ019Reply]:
    """流量使用情况查询接口

     提供用户按月查询流量套餐的使用情况。

    Args:
        service_type (QueryDataUsageServiceType):
        service_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ019Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    service_type: QueryDataUsageServiceType,
    service_number: str,
) -> OSPQ009PlatformError | OSPQ019Reply | None:
    """流量使用情况查询接口

     提供用户按月查询流量套餐的使用情况。

    Args:
        service_type (QueryDataUsageServiceType):
        service_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ019Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            service_type=service_type,
            service_number=service_number,
        )
    ).parsed
