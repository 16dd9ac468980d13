from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.ospq024_reply import OSPQ024Reply
from ...models.query_points_usage_details_service_type import (
    QueryPointsUsageDetailsServiceType,
)
from ...models.附录七渠道编码 import 附录七渠道编码
from ...types import UNSET, Response


def _get_kwargs(
    *,
    service_type: QueryPointsUsageDetailsServiceType,
    service_number: str,
    start_time: str,
    end_time: str,
    channel_id: 附录七渠道编码,
    channel_name: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_service_type: str = service_type
    params["serviceType"] = json_service_type

    params["serviceNumber"] = service_number

    params["startTime"] = start_time

    params["endTime"] = end_time

    json_channel_id: str = channel_id
    params["channelId"] = json_channel_id

    params["channelName"] = channel_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integral/use/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPQ009PlatformError | OSPQ024Reply | None:
    if response.status_code == 200:
        response_200 = OSPQ024Reply.from_dict(response.json())

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
) -> Response[OSPQ009PlatformError | OSPQ024Reply]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryPointsUsageDetailsServiceType,
    service_number: str,
    start_time: str,
    end_time: str,
    channel_id: 附录七渠道编码,
    channel_name: str,
) -> Response[OSPQ009PlatformError | OSPQ024Reply]:
    """用户积分使用明细查询接口

     用于用户积分使用明细查询

    Args:
        service_type (QueryPointsUsageDetailsServiceType):
        service_number (str):
        start_time (str):
        end_time (str):
        channel_id (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称
            column verbatim and, from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and
            999
        channel_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ024Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
        start_time=start_time,
        end_time=end_time,
        channel_id=channel_id,
        channel_name=channel_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    service_type: QueryPointsUsageDetailsServiceType,
    service_number: str,
    start_time: str,
    end_time: str,
    channel_id: 附录七渠道编码,
    channel_name: str,
) -> OSPQ009PlatformError | OSPQ024Reply | None:
    """用户积分使用明细查询接口

     用于用户积分使用明细查询

    Args:
        service_type (QueryPointsUsageDetailsServiceType):
        service_number (str):
        start_time (str):
        end_time (str):
        channel_id (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称
            column verbatim and, from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and
            999
        channel_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ024Reply
    """

    return sync_detailed(
        client=client,
        service_type=service_type,
        service_number=service_number,
        start_time=start_time,
        end_time=end_time,
        channel_id=channel_id,
        channel_name=channel_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    service_type: QueryPointsUsageDetailsServiceType,
    service_number: str,
    start_time: str,
    end_time: str,
    channel_id: 附录七渠道编码,
    channel_name: str,
) -> Response[OSPQ009PlatformError | OSPQ024Reply]:
    """用户积分使用明细查询接口

     用于用户积分使用明细查询

    Args:
        service_type (QueryPointsUsageDetailsServiceType):
        service_number (str):
        start_time (str):
        end_time (str):
        channel_id (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称
            column verbatim and, from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and
            999
        channel_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPQ009PlatformError | OSPQ024Reply]
    """

    kwargs = _get_kwargs(
        service_type=service_type,
        service_number=service_number,
        start_time=start_time,
        end_time=end_time,
        channel_id=channel_id,
        channel_name=channel_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    service_type: QueryPointsUsageDetailsServiceType,
    service_number: str,
    start_time: str,
    end_time: str,
    channel_id: 附录七渠道编码,
    channel_name: str,
) -> OSPQ009PlatformError | OSPQ024Reply | None:
    """用户积分使用明细查询接口

     用于用户积分使用明细查询

    Args:
        service_type (QueryPointsUsageDetailsServiceType):
        service_number (str):
        start_time (str):
        end_time (str):
        channel_id (附录七渠道编码): 渠道编码: 合作渠道 (外部渠道) 的三位编码；表列 渠道编码 / 渠道名称。x-enum-details keeps the 渠道名称
            column verbatim and, from the table's 备注, the name used in SMS (短信中渠道名称) for 251, 290 and
            999
        channel_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPQ009PlatformError | OSPQ024Reply
    """

    return (
        await asyncio_detailed(
            client=client,
            service_type=service_type,
            service_number=service_number,
            start_time=start_time,
            end_time=end_time,
            channel_id=channel_id,
            channel_name=channel_name,
        )
    ).parsed
