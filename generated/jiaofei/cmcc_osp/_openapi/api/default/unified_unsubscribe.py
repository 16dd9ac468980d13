from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb014_reply import OSPB014Reply
from ...models.ospb014_request import OSPB014Request
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import Response


def _get_kwargs(
    *,
    body: OSPB014Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/unicancel",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB014Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB014Reply.from_dict(response.json())

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
) -> Response[OSPB014Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB014Request,
) -> Response[OSPB014Reply | OSPQ009PlatformError]:
    """统一退订接口

     为用户提供已订购业务退订, 针对查询出的所有业务提供退订功能。
    用户凭证: 需要 — identCode is the user credential obtained with 用户凭证接口 (OSPB015,
    apply_user_credential); 如凭证失效, 需再次申请 (§2.7).

    Args:
        body (OSPB014Request): 统一退订接口 请求参数 (§3.1.11)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB014Reply | OSPQ009PlatformError]
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
    body: OSPB014Request,
) -> OSPB014Reply | OSPQ009PlatformError | None:
    """统一退订接口

     为用户提供已订购业务退订, 针对查询出的所有业务提供退订功能。
    用户凭证: 需要 — identCode is the user credential obtained with 用户凭证接口 (OSPB015,
    apply_user_credential); 如凭证失效, 需再次申请 (§2.7).

    Args:
        body (OSPB014Request): 统一退订接口 请求参数 (§3.1.11)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB014Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB014Request,
) -> Response[OSPB014Reply | OSPQ009PlatformError]:
    """统一退订接口

     为用户提供已订购业务退订, 针对查询出的所有业务提供退订功能。
    用户凭证: 需要 — identCode is the user credential obtained with 用户凭证接口 (OSPB015,
    apply_user_credential); 如凭证失效, 需再次申请 (§2.7).

    Args:
        body (OSPB014Request): 统一退订接口 请求参数 (§3.1.11)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB014Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OSPB014Request,
) -> OSPB014Reply | OSPQ009PlatformError | None:
    """统一退订接口

     为用户提供已订购业务退订, 针对查询出的所有业务提供退订功能。
    用户凭证: 需要 — identCode is the user credential obtained with 用户凭证接口 (OSPB015,
    apply_user_credential); 如凭证失效, 需再次申请 (§2.7).

    Args:
        body (OSPB014Request): 统一退订接口 请求参数 (§3.1.11)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB014Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
