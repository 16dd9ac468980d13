from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc002_reply import OSPC002Reply
from ...models.ospc002_request import OSPC002Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC002Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/result",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC002Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC002Reply.from_dict(response.json())

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
) -> Response[OSPC002Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC002Request,
) -> Response[OSPC002Reply | OSPQ009PlatformError]:
    """投诉工单反馈接口

     双向接口, 本接口用于反馈投诉工单处理结果: 外部渠道会收到省公司通过CM-OSP-CS反馈的投诉工单的处理结果, 同时, 外部渠道也需通过该接口反馈给CM-OSP-CS,
    由省公司发起的投诉工单的处理结果。

    业务场景:
    投诉工单反馈, 是当投诉接收方完成投诉处理后向投诉发起方回复投诉处理结果。
    【场景一】
    外部渠道在处理完由省公司发起的服务请求后, 将处理结果回复给省公司。
    1)外部渠道回复CM-OSP-CS: 外部渠道将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复省公司: CM-OSP-CS将接收到的外部渠道回复结果发送给省公司。
    【场景二】
    省公司在处理完成由外部渠道发起的服务请求后, 将处理结果回复给外部渠道。
    1)省公司回复CM-OSP-CS: 省公司将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复外部渠道: CM-OSP-CS将接收到的省公司回复结果发送给外部渠道。

    Args:
        body (OSPC002Request): 投诉工单反馈 请求参数 (§5.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC002Reply | OSPQ009PlatformError]
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
    body: OSPC002Request,
) -> OSPC002Reply | OSPQ009PlatformError | None:
    """投诉工单反馈接口

     双向接口, 本接口用于反馈投诉工单处理结果: 外部渠道会收到省公司通过CM-OSP-CS反馈的投诉工单的处理结果, 同时, 外部渠道也需通过该接口反馈给CM-OSP-CS,
    由省公司发起的投诉工单的处理结果。

    业务场景:
    投诉工单反馈, 是当投诉接收方完成投诉处理后向投诉发起方回复投诉处理结果。
    【场景一】
    外部渠道在处理完由省公司发起的服务请求后, 将处理结果回复给省公司。
    1)外部渠道回复CM-OSP-CS: 外部渠道将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复省公司: CM-OSP-CS将接收到的外部渠道回复结果发送给省公司。
    【场景二】
    省公司在处理完成由外部渠道发起的服务请求后, 将处理结果回复给外部渠道。
    1)省公司回复CM-OSP-CS: 省公司将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复外部渠道: CM-OSP-CS将接收到的省公司回复结果发送给外部渠道。

    Args:
        body (OSPC002Request): 投诉工单反馈 请求参数 (§5.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC002Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC002Request,
) -> Response[OSPC002Reply | OSPQ009PlatformError]:
    """投诉工单反馈接口

     双向接口, 本接口用于反馈投诉工单处理结果: 外部渠道会收到省公司通过CM-OSP-CS反馈的投诉工单的处理结果, 同时, 外部渠道也需通过该接口反馈给CM-OSP-CS,
    由省公司发起的投诉工单的处理结果。

    业务场景:
    投诉工单反馈, 是当投诉接收方完成投诉处理后向投诉发起方回复投诉处理结果。
    【场景一】
    外部渠道在处理完由省公司发起的服务请求后, 将处理结果回复给省公司。
    1)外部渠道回复CM-OSP-CS: 外部渠道将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复省公司: CM-OSP-CS将接收到的外部渠道回复结果发送给省公司。
    【场景二】
    省公司在处理完成由外部渠道发起的服务请求后, 将处理结果回复给外部渠道。
    1)省公司回复CM-OSP-CS: 省公司将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复外部渠道: CM-OSP-CS将接收到的省公司回复结果发送给外部渠道。

    Args:
        body (OSPC002Request): 投诉工单反馈 请求参数 (§5.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC002Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC002Request,
) -> OSPC002Reply | OSPQ009PlatformError | None:
    """投诉工单反馈接口

     双向接口, 本接口用于反馈投诉工单处理结果: 外部渠道会收到省公司通过CM-OSP-CS反馈的投诉工单的处理结果, 同时, 外部渠道也需通过该接口反馈给CM-OSP-CS,
    由省公司发起的投诉工单的处理结果。

    业务场景:
    投诉工单反馈, 是当投诉接收方完成投诉处理后向投诉发起方回复投诉处理结果。
    【场景一】
    外部渠道在处理完由省公司发起的服务请求后, 将处理结果回复给省公司。
    1)外部渠道回复CM-OSP-CS: 外部渠道将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复省公司: CM-OSP-CS将接收到的外部渠道回复结果发送给省公司。
    【场景二】
    省公司在处理完成由外部渠道发起的服务请求后, 将处理结果回复给外部渠道。
    1)省公司回复CM-OSP-CS: 省公司将对应服务请求的处理结果回复给CM-OSP-CS;
    2)CM-OSP-CS回复外部渠道: CM-OSP-CS将接收到的省公司回复结果发送给外部渠道。

    Args:
        body (OSPC002Request): 投诉工单反馈 请求参数 (§5.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC002Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
