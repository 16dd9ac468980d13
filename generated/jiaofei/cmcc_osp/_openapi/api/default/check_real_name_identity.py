from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_real_name_identity_service_type import (
    CheckRealNameIdentityServiceType,
)
from ...models.ospb020_reply import OSPB020Reply
from ...models.ospq009_platform_error import OSPQ009PlatformError
from ...models.附录三证件类型 import 附录三证件类型
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_name: str,
    id_card_type: 附录三证件类型,
    id_card_num: str,
    service_type: CheckRealNameIdentityServiceType | Unset = UNSET,
    service_no: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customerName"] = customer_name

    json_id_card_type: str = id_card_type
    params["idCardType"] = json_id_card_type

    params["idCardNum"] = id_card_num

    json_service_type: str | Unset = UNSET
    if not isinstance(service_type, Unset):
        json_service_type = service_type

    params["serviceType"] = json_service_type

    params["serviceNo"] = service_no

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/identitycheck",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OSPB020Reply | OSPQ009PlatformError | None:
    if response.status_code == 200:
        response_200 = OSPB020Reply.from_dict(response.json())

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
) -> Response[OSPB020Reply | OSPQ009PlatformError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_name: str,
    id_card_type: 附录三证件类型,
    id_card_num: str,
    service_type: CheckRealNameIdentityServiceType | Unset = UNSET,
    service_no: str | Unset = UNSET,
) -> Response[OSPB020Reply | OSPQ009PlatformError]:
    """实名制校验

     本接口支持办理某些特定业务时, 对用户的实名身份信息进行校验。该校验将会对用户的实名信息进行如下校验:
    1) 用户的姓名和身份信息是否真实准确;
    2) 针对传业务号码的请求, 需要校验该业务号码与用户的姓名和身份信息是否匹配。

    Args:
        customer_name (str):
        id_card_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        id_card_num (str):
        service_type (CheckRealNameIdentityServiceType | Unset):
        service_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB020Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        customer_name=customer_name,
        id_card_type=id_card_type,
        id_card_num=id_card_num,
        service_type=service_type,
        service_no=service_no,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_name: str,
    id_card_type: 附录三证件类型,
    id_card_num: str,
    service_type: CheckRealNameIdentityServiceType | Unset = UNSET,
    service_no: str | Unset = UNSET,
) -> OSPB020Reply | OSPQ009PlatformError | None:
    """实名制校验

     本接口支持办理某些特定业务时, 对用户的实名身份信息进行校验。该校验将会对用户的实名信息进行如下校验:
    1) 用户的姓名和身份信息是否真实准确;
    2) 针对传业务号码的请求, 需要校验该业务号码与用户的姓名和身份信息是否匹配。

    Args:
        customer_name (str):
        id_card_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        id_card_num (str):
        service_type (CheckRealNameIdentityServiceType | Unset):
        service_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB020Reply | OSPQ009PlatformError
    """

    return sync_detailed(
        client=client,
        customer_name=customer_name,
        id_card_type=id_card_type,
        id_card_num=id_card_num,
        service_type=service_type,
        service_no=service_no,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_name: str,
    id_card_type: 附录三证件类型,
    id_card_num: str,
    service_type: CheckRealNameIdentityServiceType | Unset = UNSET,
    service_no: str | Unset = UNSET,
) -> Response[OSPB020Reply | OSPQ009PlatformError]:
    """实名制校验

     本接口支持办理某些特定业务时, 对用户的实名身份信息进行校验。该校验将会对用户的实名信息进行如下校验:
    1) 用户的姓名和身份信息是否真实准确;
    2) 针对传业务号码的请求, 需要校验该业务号码与用户的姓名和身份信息是否匹配。

    Args:
        customer_name (str):
        id_card_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        id_card_num (str):
        service_type (CheckRealNameIdentityServiceType | Unset):
        service_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OSPB020Reply | OSPQ009PlatformError]
    """

    kwargs = _get_kwargs(
        customer_name=customer_name,
        id_card_type=id_card_type,
        id_card_num=id_card_num,
        service_type=service_type,
        service_no=service_no,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_name: str,
    id_card_type: 附录三证件类型,
    id_card_num: str,
    service_type: CheckRealNameIdentityServiceType | Unset = UNSET,
    service_no: str | Unset = UNSET,
) -> OSPB020Reply | OSPQ009PlatformError | None:
    """实名制校验

     本接口支持办理某些特定业务时, 对用户的实名身份信息进行校验。该校验将会对用户的实名信息进行如下校验:
    1) 用户的姓名和身份信息是否真实准确;
    2) 针对传业务号码的请求, 需要校验该业务号码与用户的姓名和身份信息是否匹配。

    Args:
        customer_name (str):
        id_card_type (附录三证件类型): 证件类型: 证件类型编码；表列 编码 / 名称
        id_card_num (str):
        service_type (CheckRealNameIdentityServiceType | Unset):
        service_no (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OSPB020Reply | OSPQ009PlatformError
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_name=customer_name,
            id_card_type=id_card_type,
            id_card_num=id_card_num,
            service_type=service_type,
            service_no=service_no,
        )
    ).parsed
