from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_unified_order_reply_envelope import CreateUnifiedOrderReplyEnvelope
from ...models.create_unified_order_request_envelope import CreateUnifiedOrderRequestEnvelope
from ...models.failure_reply_envelope import FailureReplyEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: CreateUnifiedOrderRequestEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trade/unified",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope | None:
    if response.status_code == 200:
        response_200 = CreateUnifiedOrderReplyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FailureReplyEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = FailureReplyEnvelope.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnifiedOrderRequestEnvelope,
) -> Response[CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope]:
    """主扫接口(C扫B)

     用户通过扫描商家提供的收款码进行付款。

    Args:
        body (CreateUnifiedOrderRequestEnvelope): 请求报文 (§3.2.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope]
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
    body: CreateUnifiedOrderRequestEnvelope,
) -> CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope | None:
    """主扫接口(C扫B)

     用户通过扫描商家提供的收款码进行付款。

    Args:
        body (CreateUnifiedOrderRequestEnvelope): 请求报文 (§3.2.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnifiedOrderRequestEnvelope,
) -> Response[CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope]:
    """主扫接口(C扫B)

     用户通过扫描商家提供的收款码进行付款。

    Args:
        body (CreateUnifiedOrderRequestEnvelope): 请求报文 (§3.2.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateUnifiedOrderRequestEnvelope,
) -> CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope | None:
    """主扫接口(C扫B)

     用户通过扫描商家提供的收款码进行付款。

    Args:
        body (CreateUnifiedOrderRequestEnvelope): 请求报文 (§3.2.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateUnifiedOrderReplyEnvelope | FailureReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
