from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc003_reply import OSPC003Reply
from ...models.ospc003_request import OSPC003Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC003Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/archive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC003Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC003Reply.from_dict(response.json())

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
) -> Response[OSPC003Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC003Request,
) -> Response[OSPC003Reply | OSPQ009PlatformError]:
    """投诉工单归档接口

     双向接口，本接口用于同步投诉工单归档信息：外部渠道可以通过该接口向CM-OSP-CS同步归档信息，CM-OSP-CS也可以通过该接口向外部渠道同步省公司的归档信息。

    业务场景：
    投诉工单归档是指当服务请求受理方在接收到责任归属方处理结果、并且确认客户的服务请求可以关闭后，将对应的工单任务进行归档。
    【场景一】
    外部渠道将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)外部渠道向CM-OSP-CS归档：外部渠道将对应的归档消息发送给CM-OSP-CS；
    2)2、CM-OSP-CS向省公司归档：CM-OSP-CS将外部渠道发送的归档消息发送给对应的省公司。
    【场景二】
    省公司将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)省公司向CM-OSP-CS归档：省公司将对应的归档消息发送给CM-OSP-CS；
    2)CM-OSP-CS向外部渠道归档：CM-OSP-CS将省公司的归档消息发送给对应的外部渠道。

    Args:
        body (OSPC003Request): 投诉工单归档 请求参数 (§5.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC003Reply | OSPQ009PlatformError]
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
    body: OSPC003Request,
) -> OSPC003Reply | OSPQ009PlatformError | None:
    """投诉工单归档接口

     双向接口，本接口用于同步投诉工单归档信息：外部渠道可以通过该接口向CM-OSP-CS同步归档信息，CM-OSP-CS也可以通过该接口向外部渠道同步省公司的归档信息。

    业务场景：
    投诉工单归档是指当服务请求受理方在接收到责任归属方处理结果、并且确认客户的服务请求可以关闭后，将对应的工单任务进行归档。
    【场景一】
    外部渠道将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)外部渠道向CM-OSP-CS归档：外部渠道将对应的归档消息发送给CM-OSP-CS；
    2)2、CM-OSP-CS向省公司归档：CM-OSP-CS将外部渠道发送的归档消息发送给对应的省公司。
    【场景二】
    省公司将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)省公司向CM-OSP-CS归档：省公司将对应的归档消息发送给CM-OSP-CS；
    2)CM-OSP-CS向外部渠道归档：CM-OSP-CS将省公司的归档消息发送给对应的外部渠道。

    Args:
        body (OSPC003Request): 投诉工单归档 请求参数 (§5.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC003Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC003Request,
) -> Response[OSPC003Reply | OSPQ009PlatformError]:
    """投诉工单归档接口

     双向接口，本接口用于同步投诉工单归档信息：外部渠道可以通过该接口向CM-OSP-CS同步归档信息，CM-OSP-CS也可以通过该接口向外部渠道同步省公司的归档信息。

    业务场景：
    投诉工单归档是指当服务请求受理方在接收到责任归属方处理结果、并且确认客户的服务请求可以关闭后，将对应的工单任务进行归档。
    【场景一】
    外部渠道将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)外部渠道向CM-OSP-CS归档：外部渠道将对应的归档消息发送给CM-OSP-CS；
    2)2、CM-OSP-CS向省公司归档：CM-OSP-CS将外部渠道发送的归档消息发送给对应的省公司。
    【场景二】
    省公司将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)省公司向CM-OSP-CS归档：省公司将对应的归档消息发送给CM-OSP-CS；
    2)CM-OSP-CS向外部渠道归档：CM-OSP-CS将省公司的归档消息发送给对应的外部渠道。

    Args:
        body (OSPC003Request): 投诉工单归档 请求参数 (§5.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC003Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC003Request,
) -> OSPC003Reply | OSPQ009PlatformError | None:
    """投诉工单归档接口

     双向接口，本接口用于同步投诉工单归档信息：外部渠道可以通过该接口向CM-OSP-CS同步归档信息，CM-OSP-CS也可以通过该接口向外部渠道同步省公司的归档信息。

    业务场景：
    投诉工单归档是指当服务请求受理方在接收到责任归属方处理结果、并且确认客户的服务请求可以关闭后，将对应的工单任务进行归档。
    【场景一】
    外部渠道将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)外部渠道向CM-OSP-CS归档：外部渠道将对应的归档消息发送给CM-OSP-CS；
    2)2、CM-OSP-CS向省公司归档：CM-OSP-CS将外部渠道发送的归档消息发送给对应的省公司。
    【场景二】
    省公司将归档消息通知CM-OSP-CS，同时将对应的工单任务和服务请求归档。
    1)省公司向CM-OSP-CS归档：省公司将对应的归档消息发送给CM-OSP-CS；
    2)CM-OSP-CS向外部渠道归档：CM-OSP-CS将省公司的归档消息发送给对应的外部渠道。

    Args:
        body (OSPC003Request): 投诉工单归档 请求参数 (§5.3)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC003Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
