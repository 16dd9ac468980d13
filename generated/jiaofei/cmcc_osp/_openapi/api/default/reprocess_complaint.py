from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc006_reply import OSPC006Reply
from ...models.ospc006_request import OSPC006Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC006Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/retreatment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC006Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC006Reply.from_dict(response.json())

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
) -> Response[OSPC006Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC006Request,
) -> Response[OSPC006Reply | OSPQ009PlatformError]:
    """投诉工单再处理接口

     双向接口, 本接口用于业务受理方对投诉工单处理结果不满意, 可以通知处理系统再次处理: 外部渠道可以通过该接口向CM-OSP-CS同步需再处理的工单信息, CM-OSP-
    CS也可以通过该接口向外部渠道发送省公司需再处理的工单信息。

    业务场景:
    客服业务受理方如果对于投诉落地方处理系统的处理结果不满意, 可以审核不通过, 并且通知处理系统进行再处理
    【场景一】
    1) 外部渠道向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向省发送再处理消息。
    【场景二】
    1) 省向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向外部渠道发送再处理消息。

    Args:
        body (OSPC006Request): 投诉工单再处理 请求参数 (§5.6)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC006Reply | OSPQ009PlatformError]
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
    body: OSPC006Request,
) -> OSPC006Reply | OSPQ009PlatformError | None:
    """投诉工单再处理接口

     双向接口, 本接口用于业务受理方对投诉工单处理结果不满意, 可以通知处理系统再次处理: 外部渠道可以通过该接口向CM-OSP-CS同步需再处理的工单信息, CM-OSP-
    CS也可以通过该接口向外部渠道发送省公司需再处理的工单信息。

    业务场景:
    客服业务受理方如果对于投诉落地方处理系统的处理结果不满意, 可以审核不通过, 并且通知处理系统进行再处理
    【场景一】
    1) 外部渠道向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向省发送再处理消息。
    【场景二】
    1) 省向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向外部渠道发送再处理消息。

    Args:
        body (OSPC006Request): 投诉工单再处理 请求参数 (§5.6)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC006Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC006Request,
) -> Response[OSPC006Reply | OSPQ009PlatformError]:
    """投诉工单再处理接口

     双向接口, 本接口用于业务受理方对投诉工单处理结果不满意, 可以通知处理系统再次处理: 外部渠道可以通过该接口向CM-OSP-CS同步需再处理的工单信息, CM-OSP-
    CS也可以通过该接口向外部渠道发送省公司需再处理的工单信息。

    业务场景:
    客服业务受理方如果对于投诉落地方处理系统的处理结果不满意, 可以审核不通过, 并且通知处理系统进行再处理
    【场景一】
    1) 外部渠道向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向省发送再处理消息。
    【场景二】
    1) 省向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向外部渠道发送再处理消息。

    Args:
        body (OSPC006Request): 投诉工单再处理 请求参数 (§5.6)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC006Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC006Request,
) -> OSPC006Reply | OSPQ009PlatformError | None:
    """投诉工单再处理接口

     双向接口, 本接口用于业务受理方对投诉工单处理结果不满意, 可以通知处理系统再次处理: 外部渠道可以通过该接口向CM-OSP-CS同步需再处理的工单信息, CM-OSP-
    CS也可以通过该接口向外部渠道发送省公司需再处理的工单信息。

    业务场景:
    客服业务受理方如果对于投诉落地方处理系统的处理结果不满意, 可以审核不通过, 并且通知处理系统进行再处理
    【场景一】
    1) 外部渠道向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向省发送再处理消息。
    【场景二】
    1) 省向CM-OSP-CS发送再处理消息;
    2) CM-OSP-CS向外部渠道发送再处理消息。

    Args:
        body (OSPC006Request): 投诉工单再处理 请求参数 (§5.6)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC006Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
