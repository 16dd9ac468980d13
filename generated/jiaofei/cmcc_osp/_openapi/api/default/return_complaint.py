from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc004_reply import OSPC004Reply
from ...models.ospc004_request import OSPC004Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC004Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/revocation",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC004Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC004Reply.from_dict(response.json())

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
) -> Response[OSPC004Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC004Request,
) -> Response[OSPC004Reply | OSPQ009PlatformError]:
    """投诉工单退回接口

     双向接口：本接口用于退回投诉工单信息；外部渠道可以通过该接口向CM-OSP-CS退回投诉工单信息，CM-OSP-CS也可以通过该接口向外部渠道发送省公司退回的投诉工单信息。

    业务场景：
    【场景一】
    当外部渠道确认接收到的服务请求非自身需要处理时，可以将服务请求返回给受理方省公司。
    1)外部渠道退回CM-OSP-CS：外部渠道将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回省公司：CM-OSP-CS将外部渠道退回的服务请求退回给省公司发起方。
    【场景二】
    当省公司确认接收到的服务请求非自身需要处理时，可以将服务请求返回给对应的渠道受理方。
    1)省公司退回CM-OSP-CS：省公司将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回外部渠道：CM-OSP-CS将省公司退回的服务请求退回给外部渠道发起方。

    Args:
        body (OSPC004Request): 投诉工单退回 请求参数 (§5.4)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC004Reply | OSPQ009PlatformError]
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
    body: OSPC004Request,
) -> OSPC004Reply | OSPQ009PlatformError | None:
    """投诉工单退回接口

     双向接口：本接口用于退回投诉工单信息；外部渠道可以通过该接口向CM-OSP-CS退回投诉工单信息，CM-OSP-CS也可以通过该接口向外部渠道发送省公司退回的投诉工单信息。

    业务场景：
    【场景一】
    当外部渠道确认接收到的服务请求非自身需要处理时，可以将服务请求返回给受理方省公司。
    1)外部渠道退回CM-OSP-CS：外部渠道将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回省公司：CM-OSP-CS将外部渠道退回的服务请求退回给省公司发起方。
    【场景二】
    当省公司确认接收到的服务请求非自身需要处理时，可以将服务请求返回给对应的渠道受理方。
    1)省公司退回CM-OSP-CS：省公司将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回外部渠道：CM-OSP-CS将省公司退回的服务请求退回给外部渠道发起方。

    Args:
        body (OSPC004Request): 投诉工单退回 请求参数 (§5.4)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC004Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC004Request,
) -> Response[OSPC004Reply | OSPQ009PlatformError]:
    """投诉工单退回接口

     双向接口：本接口用于退回投诉工单信息；外部渠道可以通过该接口向CM-OSP-CS退回投诉工单信息，CM-OSP-CS也可以通过该接口向外部渠道发送省公司退回的投诉工单信息。

    业务场景：
    【场景一】
    当外部渠道确认接收到的服务请求非自身需要处理时，可以将服务请求返回给受理方省公司。
    1)外部渠道退回CM-OSP-CS：外部渠道将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回省公司：CM-OSP-CS将外部渠道退回的服务请求退回给省公司发起方。
    【场景二】
    当省公司确认接收到的服务请求非自身需要处理时，可以将服务请求返回给对应的渠道受理方。
    1)省公司退回CM-OSP-CS：省公司将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回外部渠道：CM-OSP-CS将省公司退回的服务请求退回给外部渠道发起方。

    Args:
        body (OSPC004Request): 投诉工单退回 请求参数 (§5.4)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC004Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC004Request,
) -> OSPC004Reply | OSPQ009PlatformError | None:
    """投诉工单退回接口

     双向接口：本接口用于退回投诉工单信息；外部渠道可以通过该接口向CM-OSP-CS退回投诉工单信息，CM-OSP-CS也可以通过该接口向外部渠道发送省公司退回的投诉工单信息。

    业务场景：
    【场景一】
    当外部渠道确认接收到的服务请求非自身需要处理时，可以将服务请求返回给受理方省公司。
    1)外部渠道退回CM-OSP-CS：外部渠道将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回省公司：CM-OSP-CS将外部渠道退回的服务请求退回给省公司发起方。
    【场景二】
    当省公司确认接收到的服务请求非自身需要处理时，可以将服务请求返回给对应的渠道受理方。
    1)省公司退回CM-OSP-CS：省公司将非自身需要处理的服务请求退回给CM-OSP-CS；
    2)CM-OSP-CS退回外部渠道：CM-OSP-CS将省公司退回的服务请求退回给外部渠道发起方。

    Args:
        body (OSPC004Request): 投诉工单退回 请求参数 (§5.4)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC004Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
