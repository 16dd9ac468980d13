from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq012_reply import OSPQ012Reply
from ...models.query_broadband_info_service_no_type import (
    QueryBroadbandInfoServiceNoType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_no_type: QueryBroadbandInfoServiceNoType,
    service_no: str,
    order_id: str | Unset = UNSET,
    sub_order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_no_type: str = service_no_type
    params["serviceNoType"] = json_service_no_type

    params["serviceNo"] = service_no

    params["orderId"] = order_id

    params["subOrderId"] = sub_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/bdinfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ012Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ012Reply.from_dict(response.json())

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
) -> Response[OSPQ009PlatformError | OSPQ012Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    service_no_type: QueryBroadbandInfoServiceNoType,
    service_no: str,
    order_id: str | Unset = UNSET,
    sub_order_id: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ012Reply]:
    """宽带已办理信息查询

     本接口用于查询手机号码或宽带号码所办理的宽带套餐信息和状态。

    Args:
        service_no_type (QueryBroadbandInfoServiceNoType):
        service_no (str):
        order_id (str | Unset):
        sub_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ012Reply]
    """

    kwargs = _get_kwargs(
        service_no_type=service_no_type,
        service_no=service_no,
        order_id=order_id,
        sub_order_id=sub_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    service_no_type: QueryBroadbandInfoServiceNoType,
    service_no: str,
    order_id: str | Unset = UNSET,
    sub_order_id: str | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ012Reply | None:
    """宽带已办理信息查询

     本接口用于查询手机号码或宽带号码所办理的宽带套餐信息和状态。

    Args:
        service_no_type (QueryBroadbandInfoServiceNoType):
        service_no (str):
        order_id (str | Unset):
        sub_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ012Reply
    """

    return sync_detailed(
        client=client,
        service_no_type=service_no_type,
        service_no=service_no,
        order_id=order_id,
        sub_order_id=sub_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    service_no_type: QueryBroadbandInfoServiceNoType,
    service_no: str,
    order_id: str | Unset = UNSET,
    sub_order_id: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ012Reply]:
    """宽带已办理信息查询

     本接口用于查询手机号码或宽带号码所办理的宽带套餐信息和状态。

    Args:
        service_no_type (QueryBroadbandInfoServiceNoType):
        service_no (str):
        order_id (str | Unset):
        sub_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ012Reply]
    """

    kwargs = _get_kwargs(
        service_no_type=service_no_type,
        service_no=service_no,
        order_id=order_id,
        sub_order_id=sub_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    service_no_type: QueryBroadbandInfoServiceNoType,
    service_no: str,
    order_id: str | Unset = UNSET,
    sub_order_id: str | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ012Reply | None:
    """宽带已办理信息查询

     本接口用于查询手机号码或宽带号码所办理的宽带套餐信息和状态。

    Args:
        service_no_type (QueryBroadbandInfoServiceNoType):
        service_no (str):
        order_id (str | Unset):
        sub_order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ012Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            service_no_type=service_no_type,
            service_no=service_no,
            order_id=order_id,
            sub_order_id=sub_order_id,
        )
    ).parsed
