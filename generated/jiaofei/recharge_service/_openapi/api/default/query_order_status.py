from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_reply import FailureReply
from ...models.reply_envelope import ReplyEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    access_token: str,
    company: str,
    supplier: str,
    cstm_order_no: str,
    order_no: str | Unset = UNSET,
    sign: str,
    ts: str,
    app_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["access_token"] = access_token

    params["company"] = company

    params["Supplier"] = supplier

    params["cstmOrderNo"] = cstm_order_no

    params["orderNo"] = order_no

    params["sign"] = sign

    params["ts"] = ts

    params["appID"] = app_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sign/api/订单状态查询",
        "params": params,
    }

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

    if response.status_code == 404:
        response_404 = FailureReply.from_dict(response.json())

        return response_404

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
    access_token: str,
    company: str,
    supplier: str,
    cstm_order_no: str,
    order_no: str | Unset = UNSET,
    sign: str,
    ts: str,
    app_id: str,
) -> Response[FailureReply | ReplyEnvelope]:
    """订单状态查询

     订单状态查询 (所属版本 1.0, 请求方式 GET). The document gives no further explanation: the caller queries the state
    of an order by its serial number cstmOrderNo and, optionally, the service's order number orderNo.

    Args:
        access_token (str): 接入说明: 接入方标识
        company (str): 公司名称: 接入方公司
        supplier (str): 供应商名称: 支持多家供应商
        cstm_order_no (str): 调用方流水号
        order_no (str | Unset): 服务方系统订单流水号
        sign (str): 签名
        ts (str): 时间戳
        app_id (str): appID: 调用者 appID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReply | ReplyEnvelope]
    """

    kwargs = _get_kwargs(
        access_token=access_token,
        company=company,
        supplier=supplier,
        cstm_order_no=cstm_order_no,
        order_no=order_no,
        sign=sign,
        ts=ts,
        app_id=app_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
    company: str,
    supplier: str,
    cstm_order_no: str,
    order_no: str | Unset = UNSET,
    sign: str,
    ts: str,
    app_id: str,
) -> FailureReply | ReplyEnvelope | None:
    """订单状态查询

     订单状态查询 (所属版本 1.0, 请求方式 GET). The document gives no further explanation: the caller queries the state
    of an order by its serial number cstmOrderNo and, optionally, the service's order number orderNo.

    Args:
        access_token (str): 接入说明: 接入方标识
        company (str): 公司名称: 接入方公司
        supplier (str): 供应商名称: 支持多家供应商
        cstm_order_no (str): 调用方流水号
        order_no (str | Unset): 服务方系统订单流水号
        sign (str): 签名
        ts (str): 时间戳
        app_id (str): appID: 调用者 appID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReply | ReplyEnvelope
    """

    return sync_detailed(
        client=client,
        access_token=access_token,
        company=company,
        supplier=supplier,
        cstm_order_no=cstm_order_no,
        order_no=order_no,
        sign=sign,
        ts=ts,
        app_id=app_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
    company: str,
    supplier: str,
    cstm_order_no: str,
    order_no: str | Unset = UNSET,
    sign: str,
    ts: str,
    app_id: str,
) -> Response[FailureReply | ReplyEnvelope]:
    """订单状态查询

     订单状态查询 (所属版本 1.0, 请求方式 GET). The document gives no further explanation: the caller queries the state
    of an order by its serial number cstmOrderNo and, optionally, the service's order number orderNo.

    Args:
        access_token (str): 接入说明: 接入方标识
        company (str): 公司名称: 接入方公司
        supplier (str): 供应商名称: 支持多家供应商
        cstm_order_no (str): 调用方流水号
        order_no (str | Unset): 服务方系统订单流水号
        sign (str): 签名
        ts (str): 时间戳
        app_id (str): appID: 调用者 appID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReply | ReplyEnvelope]
    """

    kwargs = _get_kwargs(
        access_token=access_token,
        company=company,
        supplier=supplier,
        cstm_order_no=cstm_order_no,
        order_no=order_no,
        sign=sign,
        ts=ts,
        app_id=app_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    access_token: str,
    company: str,
    supplier: str,
    cstm_order_no: str,
    order_no: str | Unset = UNSET,
    sign: str,
    ts: str,
    app_id: str,
) -> FailureReply | ReplyEnvelope | None:
    """订单状态查询

     订单状态查询 (所属版本 1.0, 请求方式 GET). The document gives no further explanation: the caller queries the state
    of an order by its serial number cstmOrderNo and, optionally, the service's order number orderNo.

    Args:
        access_token (str): 接入说明: 接入方标识
        company (str): 公司名称: 接入方公司
        supplier (str): 供应商名称: 支持多家供应商
        cstm_order_no (str): 调用方流水号
        order_no (str | Unset): 服务方系统订单流水号
        sign (str): 签名
        ts (str): 时间戳
        app_id (str): appID: 调用者 appID

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReply | ReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            access_token=access_token,
            company=company,
            supplier=supplier,
            cstm_order_no=cstm_order_no,
            order_no=order_no,
            sign=sign,
            ts=ts,
            app_id=app_id,
        )
    ).parsed
