from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_biz_qualification_num_type import (
    CheckBizQualificationNumType,
)
from ...models.ospb002_reply import OSPB002Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    num_type: CheckBizQualificationNumType,
    number: str,
    goods_id: str,
    service_id_list: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_num_type: str = num_type
    params["numType"] = json_num_type

    params["number"] = number

    params["goodsId"] = goods_id

    params["serviceIdList"] = service_id_list

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/biz/qualification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB002Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB002Reply.from_dict(response.json())

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
) -> Response[OSPB002Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckBizQualificationNumType,
    number: str,
    goods_id: str,
    service_id_list: str | Unset = UNSET,
) -> Response[OSPB002Reply | OSPQ009PlatformError]:
    """业务办理资格校验接口

     对于已在网且用户号码状态正常的老用户, 如果需要办理合约、套餐等其他移动业务, 需要校验该业务是否与旧业务冲突。

    Args:
        num_type (CheckBizQualificationNumType):
        number (str):
        goods_id (str):
        service_id_list (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB002Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        num_type=num_type,
        number=number,
        goods_id=goods_id,
        service_id_list=service_id_list,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckBizQualificationNumType,
    number: str,
    goods_id: str,
    service_id_list: str | Unset = UNSET,
) -> OSPB002Reply | OSPQ009PlatformError | None:
    """业务办理资格校验接口

     对于已在网且用户号码状态正常的老用户, 如果需要办理合约、套餐等其他移动业务, 需要校验该业务是否与旧业务冲突。

    Args:
        num_type (CheckBizQualificationNumType):
        number (str):
        goods_id (str):
        service_id_list (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB002Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        num_type=num_type,
        number=number,
        goods_id=goods_id,
        service_id_list=service_id_list,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckBizQualificationNumType,
    number: str,
    goods_id: str,
    service_id_list: str | Unset = UNSET,
) -> Response[OSPB002Reply | OSPQ009PlatformError]:
    """业务办理资格校验接口

     对于已在网且用户号码状态正常的老用户, 如果需要办理合约、套餐等其他移动业务, 需要校验该业务是否与旧业务冲突。

    Args:
        num_type (CheckBizQualificationNumType):
        number (str):
        goods_id (str):
        service_id_list (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB002Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        num_type=num_type,
        number=number,
        goods_id=goods_id,
        service_id_list=service_id_list,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    num_type: CheckBizQualificationNumType,
    number: str,
    goods_id: str,
    service_id_list: str | Unset = UNSET,
) -> OSPB002Reply | OSPQ009PlatformError | None:
    """业务办理资格校验接口

     对于已在网且用户号码状态正常的老用户, 如果需要办理合约、套餐等其他移动业务, 需要校验该业务是否与旧业务冲突。

    Args:
        num_type (CheckBizQualificationNumType):
        number (str):
        goods_id (str):
        service_id_list (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB002Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            num_type=num_type,
            number=number,
            goods_id=goods_id,
            service_id_list=service_id_list,
        )
    ).parsed
