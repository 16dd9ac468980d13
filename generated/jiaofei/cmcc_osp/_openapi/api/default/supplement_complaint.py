from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc005_reply import OSPC005Reply
from ...models.ospc005_request import OSPC005Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC005Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order/extrainfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC005Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC005Reply.from_dict(response.json())

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
) -> Response[OSPC005Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC005Request,
) -> Response[OSPC005Reply | OSPQ009PlatformError]:
    """投诉工单补充接口

     双向接口, 本接口用于补充投诉工单请求或处理结果信息; 外部渠道可以通过该接口向CM-OSP-CS同步投诉工单补充信息, CM-OSP-CS也可以通过该接口向外部渠道发送省公司补充的投诉工单信息。

    业务场景:
    对于省公司派发到外部渠道的服务请求或者外部渠道已经回复给省公司的处理结果, 二者都可以向对方发送中途意见, 对已经发送的服务请求或者处理结果进行补充说明。
    【场景一】
    外部渠道发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给省公司, 对已经发送的服务请求或处理结果进行补充说明。
    【场景二】
    省公司发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给外部渠道, 对已经发送的服务请求或处理结果进行补充说明;

    Args:
        body (OSPC005Request): 投诉工单补充 请求参数 (§5.5)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC005Reply | OSPQ009PlatformError]
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
    body: OSPC005Request,
) -> OSPC005Reply | OSPQ009PlatformError | None:
    """投诉工单补充接口

     双向接口, 本接口用于补充投诉工单请求或处理结果信息; 外部渠道可以通过该接口向CM-OSP-CS同步投诉工单补充信息, CM-OSP-CS也可以通过该接口向外部渠道发送省公司补充的投诉工单信息。

    业务场景:
    对于省公司派发到外部渠道的服务请求或者外部渠道已经回复给省公司的处理结果, 二者都可以向对方发送中途意见, 对已经发送的服务请求或者处理结果进行补充说明。
    【场景一】
    外部渠道发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给省公司, 对已经发送的服务请求或处理结果进行补充说明。
    【场景二】
    省公司发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给外部渠道, 对已经发送的服务请求或处理结果进行补充说明;

    Args:
        body (OSPC005Request): 投诉工单补充 请求参数 (§5.5)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC005Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC005Request,
) -> Response[OSPC005Reply | OSPQ009PlatformError]:
    """投诉工单补充接口

     双向接口, 本接口用于补充投诉工单请求或处理结果信息; 外部渠道可以通过该接口向CM-OSP-CS同步投诉工单补充信息, CM-OSP-CS也可以通过该接口向外部渠道发送省公司补充的投诉工单信息。

    业务场景:
    对于省公司派发到外部渠道的服务请求或者外部渠道已经回复给省公司的处理结果, 二者都可以向对方发送中途意见, 对已经发送的服务请求或者处理结果进行补充说明。
    【场景一】
    外部渠道发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给省公司, 对已经发送的服务请求或处理结果进行补充说明。
    【场景二】
    省公司发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给外部渠道, 对已经发送的服务请求或处理结果进行补充说明;

    Args:
        body (OSPC005Request): 投诉工单补充 请求参数 (§5.5)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC005Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC005Request,
) -> OSPC005Reply | OSPQ009PlatformError | None:
    """投诉工单补充接口

     双向接口, 本接口用于补充投诉工单请求或处理结果信息; 外部渠道可以通过该接口向CM-OSP-CS同步投诉工单补充信息, CM-OSP-CS也可以通过该接口向外部渠道发送省公司补充的投诉工单信息。

    业务场景:
    对于省公司派发到外部渠道的服务请求或者外部渠道已经回复给省公司的处理结果, 二者都可以向对方发送中途意见, 对已经发送的服务请求或者处理结果进行补充说明。
    【场景一】
    外部渠道发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给省公司, 对已经发送的服务请求或处理结果进行补充说明。
    【场景二】
    省公司发送中途意见到CM-OSP-CS, 并由CM-OSP-CS转给外部渠道, 对已经发送的服务请求或处理结果进行补充说明;

    Args:
        body (OSPC005Request): 投诉工单补充 请求参数 (§5.5)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC005Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
