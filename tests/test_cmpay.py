"""CMPay OrderQuery: hmac over fields in document order, k=v replies, Chinese text, codes."""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal
from urllib.parse import quote

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from jiaofei.cmpay import Client
from jiaofei.errors import BusinessError, SignatureError, SignatureRefused
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

KEY = "cmpay-sign-key"
REQUEST_ORDER = ["merchantId", "requestId", "signType", "type", "version", "orderId"]
REPLY_ORDER = [
    "merchantId",
    "payNo",
    "returnCode",
    "message",
    "signType",
    "type",
    "version",
    "amount",
    "amtItem",
    "bankAbbr",
    "mobile",
    "orderId",
    "payDate",
    "reserved1",
    "reserved2",
    "status",
    "orderDate",
    "fee",
]


def vendor_hmac(values: dict[str, str], order: list[str], key: str = KEY) -> str:
    """The merchant demo's MD5Sign, written out: HMAC-MD5 of the inner HMAC-MD5 hex."""
    source = "".join(values.get(name, "") for name in order)
    inner = hmac.new(b"", source.encode("utf-8"), hashlib.md5).hexdigest()
    return hmac.new(key.encode("utf-8"), inner.encode("utf-8"), hashlib.md5).hexdigest()


REQUEST = {
    "merchantId": "888009941120001",
    "requestId": "2011/3/915:34:47",
    "signType": "MD5",
    "type": "OrderQuery",
    "version": "2.0.0",
    "orderId": "2011030953515",
}


@pytest.fixture
def sandbox(serve_fresh):
    app = create_app("cmpay", KEY)
    yield serve_fresh(app)
    assert app.state.sandbox.internal_errors == 0


def test_independently_signed_request_is_accepted(sandbox) -> None:
    body = dict(REQUEST, hmac=vendor_hmac(REQUEST, REQUEST_ORDER))
    reply = httpx.post(f"{sandbox.url}/cmpayService", data=body)
    assert reply.status_code == 200
    fields = dict(httpx.QueryParams(reply.text))
    assert fields["returnCode"] == "000000"
    assert fields["hmac"] == vendor_hmac(fields, REPLY_ORDER)


@pytest.mark.parametrize("field", ["merchantId", "requestId", "orderId"])
def test_single_field_tamper_is_refused_with_ips0008(sandbox, field: str) -> None:
    body = dict(REQUEST, hmac=vendor_hmac(REQUEST, REQUEST_ORDER))
    body[field] = body[field] + "9"
    reply = httpx.post(f"{sandbox.url}/cmpayService", data=body)
    assert reply.status_code == 400
    assert dict(httpx.QueryParams(reply.text))["returnCode"] == "IPS0008"


@pytest.mark.parametrize(
    ("field", "value"), [("signType", "SHA"), ("type", "Refund"), ("version", "1.0.0")]
)
def test_constants_are_refused_by_the_schema(sandbox, field: str, value: str) -> None:
    body = dict(REQUEST, **{field: value})
    body["hmac"] = vendor_hmac(body, REQUEST_ORDER)
    reply = httpx.post(f"{sandbox.url}/cmpayService", data=body)
    assert reply.status_code == 400
    refused = dict(httpx.QueryParams(reply.text))
    assert refused["returnCode"] == "INVALID" and refused["message"].startswith(f"{field}:")


def test_client_reads_amounts_fee_and_chinese_text(sandbox) -> None:
    with Client(sandbox.url, merchant_id="888009941120001", sign_key=KEY) as client:
        reply = client.order_query(order_id="2011030953515")
    assert reply.amount == 100
    assert (reply.amt_item.cny_amt, reply.amt_item.cmy_amt, reply.amt_item.pot_chg_amt) == (
        100,
        0,
        0,
    )
    assert reply.fee == Decimal("0.10")
    assert reply.reserved1 == "保留数据1"


def _platform(body: str, content_type: str = "text/html;charset=UTF-8") -> Starlette:
    async def endpoint(request):
        return Response(body.encode("utf-8"), 200, media_type=content_type)

    return Starlette(routes=[Route("/cmpayService", endpoint, methods=["POST"])])


def _reply_fields(**change: str) -> dict[str, str]:
    fields = {
        "merchantId": "888009941120001",
        "payNo": "201902010005385674",
        "returnCode": "000000",
        "message": "交易成功",
        "signType": "MD5",
        "type": "OrderQuery",
        "version": "2.0.0",
        "amount": "100",
        "amtItem": "CNY_AMT=100#CMY_AMT=0#RED_AMT=0#VCH_AMT=0#POT_CHG_AMT=0",
        "bankAbbr": "ICBC",
        "mobile": "138****0773",
        "orderId": "2011030953515",
        "payDate": "20190131145219",
        "reserved1": "保留数据 1",
        "reserved2": "保留数据 2",
        "status": "FAILED",
        "orderDate": "20110309",
        "fee": "0",
    }
    fields.update(change)
    return fields


@pytest.mark.parametrize("encode", [True, False], ids=["percent-encoded", "raw-like-the-sample"])
def test_chinese_reply_fields_verify_in_both_spellings(encode: bool) -> None:
    fields = _reply_fields()
    fields["hmac"] = vendor_hmac(fields, REPLY_ORDER)
    text = "&".join(f"{k}={quote(v, safe='') if encode else v}" for k, v in fields.items())
    with serve_in_thread(_platform(text)) as server:
        with Client(server.url, merchant_id="888009941120001", sign_key=KEY) as client:
            reply = client.order_query(order_id="2011030953515")
    assert reply.message == "交易成功" and reply.reserved2 == "保留数据 2"
    assert reply.status == "FAILED"


def test_tampered_reply_raises_signature_error() -> None:
    fields = _reply_fields()
    fields["hmac"] = vendor_hmac(fields, REPLY_ORDER)
    fields["amount"] = "1000"
    text = "&".join(f"{k}={quote(v, safe='')}" for k, v in fields.items())
    with serve_in_thread(_platform(text)) as server:
        with Client(server.url, merchant_id="888009941120001", sign_key=KEY) as client:
            with pytest.raises(SignatureError):
                client.order_query(order_id="2011030953515")


def test_error_code_surfaces_with_its_meaning() -> None:
    text = "returnCode=D22201&message=" + quote("订单不存在")
    with serve_in_thread(_platform(text)) as server:
        with Client(server.url, merchant_id="1", sign_key=KEY) as client:
            with pytest.raises(BusinessError) as caught:
                client.order_query(order_id="x")
    assert (caught.value.code, caught.value.meaning) == ("D22201", "订单不存在")


def test_each_call_gets_a_fresh_request_id(sandbox) -> None:
    seen: list[str] = []
    with Client(sandbox.url, merchant_id="1", sign_key=KEY) as client:
        for _ in range(3):
            seen.append(
                client.requests.build(
                    client.api.operation("order_query"), {"orderId": "1"}
                ).message["requestId"]
            )
    assert len(set(seen)) == 3


# -- signType RSA ---------------------------------------------------------------------------


def _rsa_pair() -> tuple[object, str]:
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, _public_pem(key)


def _public_pem(key) -> str:
    from cryptography.hazmat.primitives import serialization

    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def _private(key, form: str) -> str:
    import base64

    from cryptography.hazmat.primitives import serialization as s

    if form == "pkcs1":
        return key.private_bytes(
            s.Encoding.PEM, s.PrivateFormat.TraditionalOpenSSL, s.NoEncryption()
        ).decode()
    if form == "pkcs8":
        return key.private_bytes(s.Encoding.PEM, s.PrivateFormat.PKCS8, s.NoEncryption()).decode()
    der = key.private_bytes(s.Encoding.DER, s.PrivateFormat.PKCS8, s.NoEncryption())
    return base64.b64encode(der).decode()


@pytest.mark.parametrize("form", ["pkcs1", "pkcs8", "one-line-base64"])
def test_rsa_round_trip_against_the_sandbox(form: str) -> None:
    merchant, merchant_public = _rsa_pair()
    platform, platform_public = _rsa_pair()
    app = create_app(
        "cmpay",
        KEY,
        settings={
            "merchant_public_key": merchant_public,
            "platform_private_key": _private(platform, "pkcs8"),
            "platform_public_key": platform_public,
        },
    )
    with (
        serve_in_thread(app) as server,
        Client(
            server.url,
            merchant_id="888009941120001",
            sign_type="RSA",
            merchant_private_key=_private(merchant, form),
            merchant_public_key=merchant_public,
            platform_public_key=platform_public,
        ) as client,
    ):
        reply = client.order_query(order_id="2011030953515")
    assert reply.sign_type == "RSA" and reply.server_cert == platform_public
    assert app.state.sandbox.internal_errors == 0


def test_rsa_reply_from_another_key_is_refused() -> None:
    merchant, merchant_public = _rsa_pair()
    _, platform_public = _rsa_pair()
    impostor, _ = _rsa_pair()
    app = create_app(
        "cmpay",
        KEY,
        settings={
            "merchant_public_key": merchant_public,
            "platform_private_key": _private(impostor, "pkcs8"),
        },
    )
    with (
        serve_in_thread(app) as server,
        Client(
            server.url,
            merchant_id="1",
            sign_type="RSA",
            merchant_private_key=_private(merchant, "pkcs8"),
            merchant_public_key=merchant_public,
            platform_public_key=platform_public,
        ) as client,
    ):
        with pytest.raises(SignatureError):
            client.order_query(order_id="1")


def test_rsa_request_signed_with_another_key_is_refused_ips0008() -> None:
    _, merchant_public = _rsa_pair()
    other, _ = _rsa_pair()
    app = create_app("cmpay", KEY, settings={"merchant_public_key": merchant_public})
    with (
        serve_in_thread(app) as server,
        Client(
            server.url,
            merchant_id="1",
            sign_type="RSA",
            merchant_private_key=_private(other, "pkcs1"),
            merchant_public_key=merchant_public,
            platform_public_key=merchant_public,
        ) as client,
    ):
        with pytest.raises(SignatureRefused) as caught:
            client.order_query(order_id="1")
    assert caught.value.code == "IPS0008"


def test_vendor_refusing_our_key_is_a_signature_error_with_its_code(sandbox) -> None:
    with Client(sandbox.url, merchant_id="1", sign_key="not-the-key") as client:
        with pytest.raises(SignatureError) as caught:
            client.order_query(order_id="1")
    assert isinstance(caught.value, BusinessError) and isinstance(caught.value, SignatureRefused)
    assert caught.value.code == "IPS0008" and caught.value.field == "returnCode"
    assert "not-the-key" not in str(caught.value)


def test_rsa_signature_is_sha1withrsa_over_the_document_order() -> None:
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    from jiaofei.secrets import Secret
    from jiaofei.signing import Rule, sign

    merchant, _ = _rsa_pair()
    rule = Rule(
        scheme="rsa-sha1-ordered", secret="k", signature="hmac", fields=tuple(REQUEST_ORDER)
    )
    signed = sign(dict(REQUEST, signType="RSA"), rule, Secret(_private(merchant, "pkcs1")))
    source = "".join(dict(REQUEST, signType="RSA")[f] for f in REQUEST_ORDER)
    assert signed.string_to_sign == source
    merchant.public_key().verify(
        base64.b64decode(signed.signature), source.encode(), padding.PKCS1v15(), hashes.SHA1()
    )


def test_document_dates_become_datetimes(sandbox) -> None:
    from datetime import date, datetime, timedelta, timezone

    with Client(sandbox.url, merchant_id="1", sign_key=KEY) as client:
        reply = client.order_query(order_id="1")
    assert reply.pay_date == datetime(2019, 1, 31, 14, 52, 19, tzinfo=timezone(timedelta(hours=8)))
    assert reply.order_date == date(2011, 3, 9)


def test_cli_sign_prints_the_document_order_string_and_hmac() -> None:
    import json
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "sign",
            "cmpay",
            "order_query",
            "--secret",
            KEY,
            "--params",
            json.dumps(REQUEST),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    printed = json.loads(result.stdout)
    assert printed["string_to_sign"] == "".join(REQUEST[f] for f in REQUEST_ORDER)
    assert printed["signature"] == vendor_hmac(REQUEST, REQUEST_ORDER)
    assert printed["params"]["hmac"] == printed["signature"]
    verify = subprocess.run(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "verify",
            "cmpay",
            "order_query",
            "--secret",
            KEY,
            "--params",
            json.dumps(printed["params"]),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verify.returncode == 0


def reference_verify(reply: str, key: str = KEY) -> bool:
    """The vendor's PHP demo: split on ``&`` and the first ``=``, sign the values as received."""
    fields = dict(pair.split("=", 1) for pair in reply.split("&"))
    return hmac.compare_digest(fields["hmac"], vendor_hmac(fields, REPLY_ORDER, key))


def test_reply_is_in_the_documents_byte_shape_and_verifies_as_the_vendor_demo_does(
    sandbox,
) -> None:
    body = dict(REQUEST, hmac=vendor_hmac(REQUEST, REQUEST_ORDER))
    reply = httpx.post(f"{sandbox.url}/ips/cmpayService", data=body)
    assert reply.status_code == 200
    assert "amtItem=CNY_AMT=100#CMY_AMT=0#" in reply.text
    assert "mobile=138****0773" in reply.text and "reserved1=保留数据1" in reply.text
    assert reference_verify(reply.text)


def test_client_reads_the_document_shape_under_the_server_base_path(sandbox) -> None:
    with Client(f"{sandbox.url}/ips", merchant_id="888009941120001", sign_key=KEY) as client:
        assert client.order_query(order_id="2011030953515").mobile == "138****0773"
