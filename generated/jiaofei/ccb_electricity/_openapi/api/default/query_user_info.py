from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.failure_reply_envelope import FailureReplyEnvelope
from ...models.query_user_info_reply_envelope import QueryUserInfoReplyEnvelope
from ...models.query_user_info_request_envelope import QueryUserInfoRequestEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: QueryUserInfoRequestEnvelope,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/trade/userInfoQuery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailureReplyEnvelope | QueryUserInfoReplyEnvelope | None:
    if response.status_code == 200:
        response_200 = QueryUserInfoReplyEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FailureReplyEnvelope.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailureReplyEnvelope | QueryUserInfoReplyEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryUserInfoRequestEnvelope,
) -> Response[FailureReplyEnvelope | QueryUserInfoReplyEnvelope]:
    """客户基本信息查询

     按用户编号 (usr_id) 查询客户基本信息, 由 data 返回。(The document's 业务场景 §2.1.1 is
    empty; this description is read off the heading and the field tables.)

    Args:
        body (QueryUserInfoRequestEnvelope): 请求报文 (§2.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReplyEnvelope | QueryUserInfoReplyEnvelope]
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
    body: QueryUserInfoRequestEnvelope,
) -> FailureReplyEnvelope | QueryUserInfoReplyEnvelope | None:
    """客户基本信息查询

     按用户编号 (usr_id) 查询客户基本信息, 由 data 返回。(The document's 业务场景 §2.1.1 is
    empty; this description is read off the heading and the field tables.)

    Args:
        body (QueryUserInfoRequestEnvelope): 请求报文 (§2.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReplyEnvelope | QueryUserInfoReplyEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: QueryUserInfoRequestEnvelope,
) -> Response[FailureReplyEnvelope | QueryUserInfoReplyEnvelope]:
    """客户基本信息查询

     按用户编号 (usr_id) 查询客户基本信息, 由 data 返回。(The document's 业务场景 §2.1.1 is
    empty; this description is read off the heading and the field tables.)

    Args:
        body (QueryUserInfoRequestEnvelope): 请求报文 (§2.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailureReplyEnvelope | QueryUserInfoReplyEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: QueryUserInfoRequestEnvelope,
) -> FailureReplyEnvelope | QueryUserInfoReplyEnvelope | None:
    """客户基本信息查询

     按用户编号 (usr_id) 查询客户基本信息, 由 data 返回。(The document's 业务场景 §2.1.1 is
    empty; this description is read off the heading and the field tables.)

    Args:
        body (QueryUserInfoRequestEnvelope): 请求报文 (§2.1.2)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailureReplyEnvelope | QueryUserInfoReplyEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
