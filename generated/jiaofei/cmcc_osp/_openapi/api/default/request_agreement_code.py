from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb007_reply import OSPB007Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mobile: str,
    agreement_code: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mobile"] = mobile

    params["agreementCode"] = agreement_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agreement/code",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB007Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB007Reply.from_dict(response.json())

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
) -> Response[OSPB007Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    agreement_code: str | Unset = UNSET,
) -> Response[OSPB007Reply | OSPQ009PlatformError]:
    """电子协议确认码申请接口

     本接口用于申请电子协议确认码，用户通过该填写该协议码来确认同意签署相关电子协议。

    Args:
        mobile (str):
        agreement_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB007Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        agreement_code=agreement_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    agreement_code: str | Unset = UNSET,
) -> OSPB007Reply | OSPQ009PlatformError | None:
    """电子协议确认码申请接口

     本接口用于申请电子协议确认码，用户通过该填写该协议码来确认同意签署相关电子协议。

    Args:
        mobile (str):
        agreement_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB007Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
        agreement_code=agreement_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    agreement_code: str | Unset = UNSET,
) -> Response[OSPB007Reply | OSPQ009PlatformError]:
    """电子协议确认码申请接口

     本接口用于申请电子协议确认码，用户通过该填写该协议码来确认同意签署相关电子协议。

    Args:
        mobile (str):
        agreement_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB007Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        agreement_code=agreement_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    agreement_code: str | Unset = UNSET,
) -> OSPB007Reply | OSPQ009PlatformError | None:
    """电子协议确认码申请接口

     本接口用于申请电子协议确认码，用户通过该填写该协议码来确认同意签署相关电子协议。

    Args:
        mobile (str):
        agreement_code (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB007Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
            agreement_code=agreement_code,
        )
    ).parsed
