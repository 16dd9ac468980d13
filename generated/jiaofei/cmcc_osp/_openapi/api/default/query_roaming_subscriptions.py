from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq010_subscription import OSPQ010Subscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mobile: str,
    shop_code: str | Unset = UNSET,
    shop_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mobile"] = mobile

    params["shopCode"] = shop_code

    params["shopName"] = shop_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/roam/subscription",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | list[OSPQ010Subscription] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_ospq010_reply_item_data in _response_200:
            componentsschemas_ospq010_reply_item = OSPQ010Subscription.from_dict(
                componentsschemas_ospq010_reply_item_data
            )

            response_200.append(componentsschemas_ospq010_reply_item)

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
) -> Response[OSPQ009PlatformError | list[OSPQ010Subscription]]:
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
    shop_code: str | Unset = UNSET,
    shop_name: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | list[OSPQ010Subscription]]:
    """国漫业务订购关系查询接口

     本接口用于查询用户的国漫业务订购关系。

    Args:
        mobile (str):
        shop_code (str | Unset):
        shop_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ010Subscription]]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        shop_code=shop_code,
        shop_name=shop_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    shop_code: str | Unset = UNSET,
    shop_name: str | Unset = UNSET,
) -> OSPQ009PlatformError | list[OSPQ010Subscription] | None:
    """国漫业务订购关系查询接口

     本接口用于查询用户的国漫业务订购关系。

    Args:
        mobile (str):
        shop_code (str | Unset):
        shop_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ010Subscription]
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
        shop_code=shop_code,
        shop_name=shop_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    shop_code: str | Unset = UNSET,
    shop_name: str | Unset = UNSET,
) -> Response[OSPQ009PlatformError | list[OSPQ010Subscription]]:
    """国漫业务订购关系查询接口

     本接口用于查询用户的国漫业务订购关系。

    Args:
        mobile (str):
        shop_code (str | Unset):
        shop_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | list[OSPQ010Subscription]]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        shop_code=shop_code,
        shop_name=shop_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mobile: str,
    shop_code: str | Unset = UNSET,
    shop_name: str | Unset = UNSET,
) -> OSPQ009PlatformError | list[OSPQ010Subscription] | None:
    """国漫业务订购关系查询接口

     本接口用于查询用户的国漫业务订购关系。

    Args:
        mobile (str):
        shop_code (str | Unset):
        shop_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | list[OSPQ010Subscription]
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
            shop_code=shop_code,
            shop_name=shop_name,
        )
    ).parsed
