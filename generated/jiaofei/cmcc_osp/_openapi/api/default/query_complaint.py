from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc008_reply import OSPC008Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    req_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["reqId"] = req_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customerservice/order",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC008Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC008Reply.from_dict(response.json())

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
) -> Response[OSPC008Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    req_id: str,
) -> Response[OSPC008Reply | OSPQ009PlatformError]:
    """投诉工单查询接口

     单向接口, 本接口用于查询投诉工单的当前状态。受理方派发投诉后, 希望了解目前投诉进展时, 可通过投诉工单查询接口向处理方系统发起查询。

    业务场景:
    外部渠道向CM-OSP-CS查询投诉工单状态。

    Args:
        req_id (str): 投诉工单编码

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC008Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        req_id=req_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    req_id: str,
) -> OSPC008Reply | OSPQ009PlatformError | None:
    """投诉工单查询接口

     单向接口, 本接口用于查询投诉工单的当前状态。受理方派发投诉后, 希望了解目前投诉进展时, 可通过投诉工单查询接口向处理方系统发起查询。

    业务场景:
    外部渠道向CM-OSP-CS查询投诉工单状态。

    Args:
        req_id (str): 投诉工单编码

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC008Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        req_id=req_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    req_id: str,
) -> Response[OSPC008Reply | OSPQ009PlatformError]:
    """投诉工单查询接口

     单向接口, 本接口用于查询投诉工单的当前状态。受理方派发投诉后, 希望了解目前投诉进展时, 可通过投诉工单查询接口向处理方系统发起查询。

    业务场景:
    外部渠道向CM-OSP-CS查询投诉工单状态。

    Args:
        req_id (str): 投诉工单编码

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC008Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        req_id=req_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    req_id: str,
) -> OSPC008Reply | OSPQ009PlatformError | None:
    """投诉工单查询接口

     单向接口, 本接口用于查询投诉工单的当前状态。受理方派发投诉后, 希望了解目前投诉进展时, 可通过投诉工单查询接口向处理方系统发起查询。

    业务场景:
    外部渠道向CM-OSP-CS查询投诉工单状态。

    Args:
        req_id (str): 投诉工单编码

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC008Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            req_id=req_id,
        )
    ).parsed
