from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_reply import FailureReply
from ...models.order_product_request import OrderProductRequest
from ...models.reply_envelope import ReplyEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: OrderProductRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sign/api/产品订购",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureReply | ReplyEnvelope | None:
    if response.status_code == 200:
        response_200 = ReplyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FailureReply.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = FailureReply.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailureReply | ReplyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderProductRequest,
) -> Response[FailureReply | ReplyEnvelope]:
    """话费产品订购

     话费产品订购 (所属版本 1.0, 请求方式 POST). The document gives no further explanation: the caller orders the top-
    up package productId for phoneNo under its own serial number cstmOrderNo; a successful reply means
    订单已受理 (status 0).

    Args:
        body (OrderProductRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReply | ReplyEnvelope]
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
    body: OrderProductRequest,
) -> FailureReply | ReplyEnvelope | None:
    """话费产品订购

     话费产品订购 (所属版本 1.0, 请求方式 POST). The document gives no further explanation: the caller orders the top-
    up package productId for phoneNo under its own serial number cstmOrderNo; a successful reply means
    订单已受理 (status 0).

    Args:
        body (OrderProductRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReply | ReplyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderProductRequest,
) -> Response[FailureReply | ReplyEnvelope]:
    """话费产品订购

     话费产品订购 (所属版本 1.0, 请求方式 POST). The document gives no further explanation: the caller orders the top-
    up package productId for phoneNo under its own serial number cstmOrderNo; a successful reply means
    订单已受理 (status 0).

    Args:
        body (OrderProductRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReply | ReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderProductRequest,
) -> FailureReply | ReplyEnvelope | None:
    """话费产品订购

     话费产品订购 (所属版本 1.0, 请求方式 POST). The document gives no further explanation: the caller orders the top-
    up package productId for phoneNo under its own serial number cstmOrderNo; a successful reply means
    订单已受理 (status 0).

    Args:
        body (OrderProductRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReply | ReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
