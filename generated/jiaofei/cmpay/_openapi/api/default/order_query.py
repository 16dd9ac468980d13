from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.order_query_request import OrderQueryRequest
from ...types import Response


def _get_kwargs(
    *,
    body: OrderQueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmpayService",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQueryRequest,
) -> Response[Any]:
    """订单查询接口

     订单查询接口的功能:通过中国移动和包渠道,商家可以查询订单在和包平台的状态; (§1.1)

    流程说明 (§5.2):
    1. 商户提交查询请求至和包平台;
    2. 和包平台返回查询结果给商户。

    请求参数是商户在与和包进行数据交互时,提供给和包平台的请求数据,以便和包平台根据这些数据做进一步的处理; (§6.1)
    和包平台对商户的数据处理完以后,会将处理的结果数据,返回给商户网站。 (§7.1)

    安全控制 (§3): 接口采用 https+数据签名的方式来保证商户与和包平台间的身份验证、中间信息传递的完整性,以便进行电子商务安全当中非常重要的交易身份辨识、不可抵赖、防止篡改等功能。

    签名机制 (§4.1): 为保证数据传输过程中的数据真实性,完整性和不可抵赖,我们需要对数据进行数字签名,在接收签名数据之后进行签名校验。签名算法分为 MD5 和 RSA。
    1. MD5: MD5 本是一种摘要生成算法,是不能用于签名的。但是,通过在待签名数据之后用过特殊处理加上一串私密内容(指令发送、接收双发事先规定好的,我们称其为商户密钥),就可以用于签名了。
    2. RSA: RSA 本身是加密解密算法,不能用于数字签名的,但是配合 SHA-1 数字签名算法后就能实现数字签名的功能。通过对签名值做 RSA
    加密解密,就可以无需使用双方约定的商户密钥,而且减少了密钥泄漏的风险。商户系统发送请求时,使用商户的私钥对签名值进行 RSA
    加密,和包系统使用商户的公钥进行校验;和包系统返回数据时,使用和包的私钥对签名值进行 RSA 加密,商户使用和包的公钥进行校验。

    签名方法 (§4.2):
    1. 签名源:请求参数按文档顺序相加,其中,hmac、merchantCert、serverCert 字段不参与签名;
    2. 和包平台返回的中文字段先进行签名,再做 UTF-8 的转码。

    As this spec reads §4.2 (see x-doc-errata; the signing itself is declared in the overlay):
    the request's signing source is merchantId + requestId + signType + type + version +
    orderId; the reply's is merchantId + payNo + returnCode + message + signType + type +
    version + amount + amtItem + bankAbbr + mobile + orderId + payDate + reserved1 +
    reserved2 + status + orderDate + fee — the values, in table order, without names or
    separators, a field that is absent counting as empty.

    Args:
        body (OrderQueryRequest): 提交参数 (§6.3 列表)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderQueryRequest,
) -> Response[Any]:
    """订单查询接口

     订单查询接口的功能:通过中国移动和包渠道,商家可以查询订单在和包平台的状态; (§1.1)

    流程说明 (§5.2):
    1. 商户提交查询请求至和包平台;
    2. 和包平台返回查询结果给商户。

    请求参数是商户在与和包进行数据交互时,提供给和包平台的请求数据,以便和包平台根据这些数据做进一步的处理; (§6.1)
    和包平台对商户的数据处理完以后,会将处理的结果数据,返回给商户网站。 (§7.1)

    安全控制 (§3): 接口采用 https+数据签名的方式来保证商户与和包平台间的身份验证、中间信息传递的完整性,以便进行电子商务安全当中非常重要的交易身份辨识、不可抵赖、防止篡改等功能。

    签名机制 (§4.1): 为保证数据传输过程中的数据真实性,完整性和不可抵赖,我们需要对数据进行数字签名,在接收签名数据之后进行签名校验。签名算法分为 MD5 和 RSA。
    1. MD5: MD5 本是一种摘要生成算法,是不能用于签名的。但是,通过在待签名数据之后用过特殊处理加上一串私密内容(指令发送、接收双发事先规定好的,我们称其为商户密钥),就可以用于签名了。
    2. RSA: RSA 本身是加密解密算法,不能用于数字签名的,但是配合 SHA-1 数字签名算法后就能实现数字签名的功能。通过对签名值做 RSA
    加密解密,就可以无需使用双方约定的商户密钥,而且减少了密钥泄漏的风险。商户系统发送请求时,使用商户的私钥对签名值进行 RSA
    加密,和包系统使用商户的公钥进行校验;和包系统返回数据时,使用和包的私钥对签名值进行 RSA 加密,商户使用和包的公钥进行校验。

    签名方法 (§4.2):
    1. 签名源:请求参数按文档顺序相加,其中,hmac、merchantCert、serverCert 字段不参与签名;
    2. 和包平台返回的中文字段先进行签名,再做 UTF-8 的转码。

    As this spec reads §4.2 (see x-doc-errata; the signing itself is declared in the overlay):
    the request's signing source is merchantId + requestId + signType + type + version +
    orderId; the reply's is merchantId + payNo + returnCode + message + signType + type +
    version + amount + amtItem + bankAbbr + mobile + orderId + payDate + reserved1 +
    reserved2 + status + orderDate + fee — the values, in table order, without names or
    separators, a field that is absent counting as empty.

    Args:
        body (OrderQueryRequest): 提交参数 (§6.3 列表)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
