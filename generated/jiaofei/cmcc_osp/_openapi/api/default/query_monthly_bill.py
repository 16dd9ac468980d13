from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq021_reply import OSPQ021Reply
from ...models.query_monthly_bill_service_type import (
    QueryMonthlyBillServiceType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    service_type: QueryMonthlyBillServiceType,
    service_number: str,
    bgn_month: str | Unset = UNSET,
    end_month: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_type: str = service_type
    params["serviceType"] = json_service_type

    params["serviceNumber"] = service_number

    params["bgnMonth"] = bgn_month

    params["endMonth"] = end_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bill/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ021Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ021Reply.from_dict(response.json())

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
) -> Response[OSPQ009PlatformError | OSPQ021Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryMonthlyBillServiceType,
    service_number: str,
    bgn_month: str | Unset = UNSET,
    end_month: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ021Reply]:
    """月账单查询接口

     本接口用于提供用户查询月帐单，包括未出账帐单。

    Args:
        service_type (QueryMonthlyBillServiceType):
        service_number (str):
        bgn_month (str | Unset):
        end_month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ021Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
        bgn_month=bgn_month,
        end_month=end_month,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    service_type: QueryMonthlyBillServiceType,
    service_number: str,
    bgn_month: str | Unset = UNSET,
    end_month: str | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ021Reply | None:
    """月账单查询接口

     本接口用于提供用户查询月帐单，包括未出账帐单。

    Args:
        service_type (QueryMonthlyBillServiceType):
        service_number (str):
        bgn_month (str | Unset):
        end_month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ021Reply
    """

    return sync_detailed(
        client=client,
        service_type=service_type,
        service_number=service_number,
        bgn_month=bgn_month,
        end_month=end_month,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryMonthlyBillServiceType,
    service_number: str,
    bgn_month: str | Unset = UNSET,
    end_month: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | OSPQ021Reply]:
    """月账单查询接口

     本接口用于提供用户查询月帐单，包括未出账帐单。

    Args:
        service_type (QueryMonthlyBillServiceType):
        service_number (str):
        bgn_month (str | Unset):
        end_month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ021Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
        bgn_month=bgn_month,
        end_month=end_month,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    service_type: QueryMonthlyBillServiceType,
    service_number: str,
    bgn_month: str | Unset = UNSET,
    end_month: str | Unset = UNSET,
) -> OSPQ009PlatformError | OSPQ021Reply | None:
    """月账单查询接口

     本接口用于提供用户查询月帐单，包括未出账帐单。

    Args:
        service_type (QueryMonthlyBillServiceType):
        service_number (str):
        bgn_month (str | Unset):
        end_month (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ021Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            service_type=service_type,
            service_number=service_number,
            bgn_month=bgn_month,
            end_month=end_month,
        )
    ).parsed
