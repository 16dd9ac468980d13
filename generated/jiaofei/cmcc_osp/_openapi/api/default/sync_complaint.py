from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospc001_reply import OSPC001Reply
from ...models.ospc001_request import OSPC001Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPC001Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customerservice/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPC001Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPC001Reply.from_dict(response.json())

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
) -> Response[OSPC001Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC001Request,
) -> Response[OSPC001Reply | OSPQ009PlatformError]:
    """投诉工单同步接口

     双向接口，本接口用于同步投诉工单信息；外部渠道可以通过该接口向能力开放平台客服支撑系统（CM-OSP-CS）同步投诉给相应省公司，省公司也可以通过该接口向CM-OSP-CS同步有关外部渠道的投诉。

    业务场景：
    【场景一】
    对于外部渠道不能解决的服务请求，外部渠道需要将相应的服务请求提交给CM-OSP-CS，并由浙江运营中心登录系统后派发给对应的省CRM处理。
    1)外部渠道向CM-OSP-CS投诉：CM-OSP-CS接受外部渠道发送的服务请求；
    2)CM-OSP-CS向省投诉：CM-OSP-CS将外部渠道发送的服务请求发送给省CRM。
    在省CRM系统接收成功的情况下，会启动处理流程，并在规定的时间范围内给予回复（参考“投诉工单反馈”接口），或者判断为非自身受理问题，返回服务请求（参考“投诉工单退回”接口）。
    【场景二】
    对于省公司不能解决的、有关外部渠道的服务请求，省公司需要将相应的服务请求通过一级客服系统提交给能力开放平台客服支撑系统（CM-OSP-CS），并由浙江运营中心登录系统后派发给对应的外部渠道处理。
    1)省向能力开平平台客服支撑系统（CM-OSP-CS）投诉：CM-OSP-CS接收省公司发送的服务请求；
    2)CM-OSP-CS向外部渠道投诉：浙江运营中心登录CM-OSP-CS系统，将省公司发送的服务请求派发给外部渠道。

    Args:
        body (OSPC001Request): 投诉工单同步 请求参数 (§5.1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC001Reply | OSPQ009PlatformError]
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
    body: OSPC001Request,
) -> OSPC001Reply | OSPQ009PlatformError | None:
    """投诉工单同步接口

     双向接口，本接口用于同步投诉工单信息；外部渠道可以通过该接口向能力开放平台客服支撑系统（CM-OSP-CS）同步投诉给相应省公司，省公司也可以通过该接口向CM-OSP-CS同步有关外部渠道的投诉。

    业务场景：
    【场景一】
    对于外部渠道不能解决的服务请求，外部渠道需要将相应的服务请求提交给CM-OSP-CS，并由浙江运营中心登录系统后派发给对应的省CRM处理。
    1)外部渠道向CM-OSP-CS投诉：CM-OSP-CS接受外部渠道发送的服务请求；
    2)CM-OSP-CS向省投诉：CM-OSP-CS将外部渠道发送的服务请求发送给省CRM。
    在省CRM系统接收成功的情况下，会启动处理流程，并在规定的时间范围内给予回复（参考“投诉工单反馈”接口），或者判断为非自身受理问题，返回服务请求（参考“投诉工单退回”接口）。
    【场景二】
    对于省公司不能解决的、有关外部渠道的服务请求，省公司需要将相应的服务请求通过一级客服系统提交给能力开放平台客服支撑系统（CM-OSP-CS），并由浙江运营中心登录系统后派发给对应的外部渠道处理。
    1)省向能力开平平台客服支撑系统（CM-OSP-CS）投诉：CM-OSP-CS接收省公司发送的服务请求；
    2)CM-OSP-CS向外部渠道投诉：浙江运营中心登录CM-OSP-CS系统，将省公司发送的服务请求派发给外部渠道。

    Args:
        body (OSPC001Request): 投诉工单同步 请求参数 (§5.1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC001Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC001Request,
) -> Response[OSPC001Reply | OSPQ009PlatformError]:
    """投诉工单同步接口

     双向接口，本接口用于同步投诉工单信息；外部渠道可以通过该接口向能力开放平台客服支撑系统（CM-OSP-CS）同步投诉给相应省公司，省公司也可以通过该接口向CM-OSP-CS同步有关外部渠道的投诉。

    业务场景：
    【场景一】
    对于外部渠道不能解决的服务请求，外部渠道需要将相应的服务请求提交给CM-OSP-CS，并由浙江运营中心登录系统后派发给对应的省CRM处理。
    1)外部渠道向CM-OSP-CS投诉：CM-OSP-CS接受外部渠道发送的服务请求；
    2)CM-OSP-CS向省投诉：CM-OSP-CS将外部渠道发送的服务请求发送给省CRM。
    在省CRM系统接收成功的情况下，会启动处理流程，并在规定的时间范围内给予回复（参考“投诉工单反馈”接口），或者判断为非自身受理问题，返回服务请求（参考“投诉工单退回”接口）。
    【场景二】
    对于省公司不能解决的、有关外部渠道的服务请求，省公司需要将相应的服务请求通过一级客服系统提交给能力开放平台客服支撑系统（CM-OSP-CS），并由浙江运营中心登录系统后派发给对应的外部渠道处理。
    1)省向能力开平平台客服支撑系统（CM-OSP-CS）投诉：CM-OSP-CS接收省公司发送的服务请求；
    2)CM-OSP-CS向外部渠道投诉：浙江运营中心登录CM-OSP-CS系统，将省公司发送的服务请求派发给外部渠道。

    Args:
        body (OSPC001Request): 投诉工单同步 请求参数 (§5.1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPC001Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPC001Request,
) -> OSPC001Reply | OSPQ009PlatformError | None:
    """投诉工单同步接口

     双向接口，本接口用于同步投诉工单信息；外部渠道可以通过该接口向能力开放平台客服支撑系统（CM-OSP-CS）同步投诉给相应省公司，省公司也可以通过该接口向CM-OSP-CS同步有关外部渠道的投诉。

    业务场景：
    【场景一】
    对于外部渠道不能解决的服务请求，外部渠道需要将相应的服务请求提交给CM-OSP-CS，并由浙江运营中心登录系统后派发给对应的省CRM处理。
    1)外部渠道向CM-OSP-CS投诉：CM-OSP-CS接受外部渠道发送的服务请求；
    2)CM-OSP-CS向省投诉：CM-OSP-CS将外部渠道发送的服务请求发送给省CRM。
    在省CRM系统接收成功的情况下，会启动处理流程，并在规定的时间范围内给予回复（参考“投诉工单反馈”接口），或者判断为非自身受理问题，返回服务请求（参考“投诉工单退回”接口）。
    【场景二】
    对于省公司不能解决的、有关外部渠道的服务请求，省公司需要将相应的服务请求通过一级客服系统提交给能力开放平台客服支撑系统（CM-OSP-CS），并由浙江运营中心登录系统后派发给对应的外部渠道处理。
    1)省向能力开平平台客服支撑系统（CM-OSP-CS）投诉：CM-OSP-CS接收省公司发送的服务请求；
    2)CM-OSP-CS向外部渠道投诉：浙江运营中心登录CM-OSP-CS系统，将省公司发送的服务请求派发给外部渠道。

    Args:
        body (OSPC001Request): 投诉工单同步 请求参数 (§5.1)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPC001Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
