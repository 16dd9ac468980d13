from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb003_reply import OSPB003Reply
from ...models.ospb003_request import OSPB003Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB003Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB003Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB003Reply.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OSPQ009PlatformError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OSPQ009PlatformError.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = OSPQ009PlatformError.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OSPB003Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB003Request,
) -> Response[OSPB003Reply | OSPQ009PlatformError]:
    """订单同步接口

     接入渠道通过本接口把用户的商品订购请求同步给能力开放平台进行业务开通处理。目前业务场景每个订单只包含一个子订单。

    (The order's result is pushed back by the southbound OSPF001 订单反馈接口 — webhook on_order_feedback in
    southbound.yaml — to feedbackUrl when it is given.)

    Args:
        body (OSPB003Request): 主订单信息 (§3.1.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB003Reply | OSPQ009PlatformError]
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
    body: OSPB003Request,
) -> OSPB003Reply | OSPQ009PlatformError | None:
    """订单同步接口

     接入渠道通过本接口把用户的商品订购请求同步给能力开放平台进行业务开通处理。目前业务场景每个订单只包含一个子订单。

    (The order's result is pushed back by the southbound OSPF001 订单反馈接口 — webhook on_order_feedback in
    southbound.yaml — to feedbackUrl when it is given.)

    Args:
        body (OSPB003Request): 主订单信息 (§3.1.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB003Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB003Request,
) -> Response[OSPB003Reply | OSPQ009PlatformError]:
    """订单同步接口

     接入渠道通过本接口把用户的商品订购请求同步给能力开放平台进行业务开通处理。目前业务场景每个订单只包含一个子订单。

    (The order's result is pushed back by the southbound OSPF001 订单反馈接口 — webhook on_order_feedback in
    southbound.yaml — to feedbackUrl when it is given.)

    Args:
        body (OSPB003Request): 主订单信息 (§3.1.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB003Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB003Request,
) -> OSPB003Reply | OSPQ009PlatformError | None:
    """订单同步接口

     接入渠道通过本接口把用户的商品订购请求同步给能力开放平台进行业务开通处理。目前业务场景每个订单只包含一个子订单。

    (The order's result is pushed back by the southbound OSPF001 订单反馈接口 — webhook on_order_feedback in
    southbound.yaml — to feedbackUrl when it is given.)

    Args:
        body (OSPB003Request): 主订单信息 (§3.1.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB003Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
