from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_reply_envelope import FailureReplyEnvelope
from ...models.pay_by_code_reply_envelope import PayByCodeReplyEnvelope
from ...models.pay_by_code_request_envelope import PayByCodeRequestEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: PayByCodeRequestEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trade/pay",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureReplyEnvelope | PayByCodeReplyEnvelope | None:
    if response.status_code == 200:
        response_200 = PayByCodeReplyEnvelope.from_dict(response.json())

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
) -> Response[FailureReplyEnvelope | PayByCodeReplyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayByCodeRequestEnvelope,
) -> Response[FailureReplyEnvelope | PayByCodeReplyEnvelope]:
    """被扫接口(B扫C)

     商家通过设备获取到用户的付款码,调用接口下单完成收款动作。

    Args:
        body (PayByCodeRequestEnvelope): 请求报文 (§3.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReplyEnvelope | PayByCodeReplyEnvelope]
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
    body: PayByCodeRequestEnvelope,
) -> FailureReplyEnvelope | PayByCodeReplyEnvelope | None:
    """被扫接口(B扫C)

     商家通过设备获取到用户的付款码,调用接口下单完成收款动作。

    Args:
        body (PayByCodeRequestEnvelope): 请求报文 (§3.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReplyEnvelope | PayByCodeReplyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PayByCodeRequestEnvelope,
) -> Response[FailureReplyEnvelope | PayByCodeReplyEnvelope]:
    """被扫接口(B扫C)

     商家通过设备获取到用户的付款码,调用接口下单完成收款动作。

    Args:
        body (PayByCodeRequestEnvelope): 请求报文 (§3.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReplyEnvelope | PayByCodeReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PayByCodeRequestEnvelope,
) -> FailureReplyEnvelope | PayByCodeReplyEnvelope | None:
    """被扫接口(B扫C)

     商家通过设备获取到用户的付款码,调用接口下单完成收款动作。

    Args:
        body (PayByCodeRequestEnvelope): 请求报文 (§3.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReplyEnvelope | PayByCodeReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
