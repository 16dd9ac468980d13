from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ospb016_reply import OSPB016Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.附录三证件类型 import 附录三证件类型
from ...types import UNSET, Response


def _get_kwargs(
    *,
    certificate_type: 附录三证件类型,
    certificate_no: str,
    legal_name: str,
    number: str,
    goods_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_certificate_type: str = certificate_type
    params["certificateType"] = json_certificate_type

    params["certificateNo"] = certificate_no

    params["legalName"] = legal_name

    params["number"] = number

    params["goodsId"] = goods_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/newssubscription/qualification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB016Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB016Reply.from_dict(response.json())

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
) -> Response[OSPB016Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    certificate_type: 附录三证件类型,
    certificate_no: str,
    legal_name: str,
    number: str,
    goods_id: str,
) -> Response[OSPB016Reply | OSPQ009PlatformError]:
    """入网资格校验接口

     校验用户是否满足实名认证、一证五号等号卡购买条件。

    Args:
        certificate_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str):
        legal_name (str):
        number (str):
        goods_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB016Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        certificate_type=certificate_type,
        certificate_no=certificate_no,
        legal_name=legal_name,
        number=number,
        goods_id=goods_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    certificate_type: 附录三证件类型,
    certificate_no: str,
    legal_name: str,
    number: str,
    goods_id: str,
) -> OSPB016Reply | OSPQ009PlatformError | None:
    """入网资格校验接口

     校验用户是否满足实名认证、一证五号等号卡购买条件。

    Args:
        certificate_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str):
        legal_name (str):
        number (str):
        goods_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB016Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        certificate_type=certificate_type,
        certificate_no=certificate_no,
        legal_name=legal_name,
        number=number,
        goods_id=goods_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    certificate_type: 附录三证件类型,
    certificate_no: str,
    legal_name: str,
    number: str,
    goods_id: str,
) -> Response[OSPB016Reply | OSPQ009PlatformError]:
    """入网资格校验接口

     校验用户是否满足实名认证、一证五号等号卡购买条件。

    Args:
        certificate_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str):
        legal_name (str):
        number (str):
        goods_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB016Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        certificate_type=certificate_type,
        certificate_no=certificate_no,
        legal_name=legal_name,
        number=number,
        goods_id=goods_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    certificate_type: 附录三证件类型,
    certificate_no: str,
    legal_name: str,
    number: str,
    goods_id: str,
) -> OSPB016Reply | OSPQ009PlatformError | None:
    """入网资格校验接口

     校验用户是否满足实名认证、一证五号等号卡购买条件。

    Args:
        certificate_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        certificate_no (str):
        legal_name (str):
        number (str):
        goods_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB016Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            certificate_type=certificate_type,
            certificate_no=certificate_no,
            legal_name=legal_name,
            number=number,
            goods_id=goods_id,
        )
    ).parsed
