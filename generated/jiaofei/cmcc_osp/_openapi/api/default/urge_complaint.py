from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc007_reply import OSPC007Reply
from ...models.ospc007_request import OSPC007Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC007Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/urgentinfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC007Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC007Reply.from_dict(response.json())

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
) -> Response[OSPC007Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC007Request,
) -> Response[OSPC007Reply | OSPQ009PlatformError]:
    """投诉工单催办接口

     双向接口, 本接口用于提醒业务受理方尽快处理即将超时的投诉工单, 发起方派发的投诉工单即将超时, 发起方可通过投诉催办接口督促处理方尽快完成工单处理。

    业务场景:
    【场景一】
    1)外部渠道向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向省公司发送催办消息
    【场景二】
    1)省公司向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向外部渠道发送催办消息

    Args:
        body (OSPC007Request): 投诉工单催办 请求参数 (§5.7)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC007Reply | OSPQ009PlatformError]
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
    body: OSPC007Request,
) -> OSPC007Reply | OSPQ009PlatformError | None:
    """投诉工单催办接口

     双向接口, 本接口用于提醒业务受理方尽快处理即将超时的投诉工单, 发起方派发的投诉工单即将超时, 发起方可通过投诉催办接口督促处理方尽快完成工单处理。

    业务场景:
    【场景一】
    1)外部渠道向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向省公司发送催办消息
    【场景二】
    1)省公司向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向外部渠道发送催办消息

    Args:
        body (OSPC007Request): 投诉工单催办 请求参数 (§5.7)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC007Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC007Request,
) -> Response[OSPC007Reply | OSPQ009PlatformError]:
    """投诉工单催办接口

     双向接口, 本接口用于提醒业务受理方尽快处理即将超时的投诉工单, 发起方派发的投诉工单即将超时, 发起方可通过投诉催办接口督促处理方尽快完成工单处理。

    业务场景:
    【场景一】
    1)外部渠道向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向省公司发送催办消息
    【场景二】
    1)省公司向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向外部渠道发送催办消息

    Args:
        body (OSPC007Request): 投诉工单催办 请求参数 (§5.7)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC007Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC007Request,
) -> OSPC007Reply | OSPQ009PlatformError | None:
    """投诉工单催办接口

     双向接口, 本接口用于提醒业务受理方尽快处理即将超时的投诉工单, 发起方派发的投诉工单即将超时, 发起方可通过投诉催办接口督促处理方尽快完成工单处理。

    业务场景:
    【场景一】
    1)外部渠道向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向省公司发送催办消息
    【场景二】
    1)省公司向CM-OSP-CS发送催办消息
    2)CM-OSP-CS向外部渠道发送催办消息

    Args:
        body (OSPC007Request): 投诉工单催办 请求参数 (§5.7)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC007Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
