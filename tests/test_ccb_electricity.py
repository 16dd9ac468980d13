"""ccb-electricity: envelope, SHA-256 over sorted keys, conditional fields, codes."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

import httpx
import pytest

from jiaofei.ccb_electricity import Client
from jiaofei.errors import BusinessError, SignatureError, ValidationError
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread


def sha256_sorted(fields: dict[str, str], secret: str = "") -> str:
    """§4.1 written out by hand: non-empty fields, sorted by name, k=v&..., SHA-256 hex."""
    text = "&".join(f"{k}={v}" for k, v in sorted(fields.items()) if v != "")
    if secret:
        text += f"&key={secret}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_document_rule_vector() -> None:
    # stringA for §2.1's example request, sorted by name; the empty value is left out.
    inner = {
        "usr_id": "6100000213",
        "channel": "APP",
        "version": "3.0",
        "acq_code": "283499",
        "x": "",
    }
    assert (
        sha256_sorted(inner)
        == hashlib.sha256(b"acq_code=283499&channel=APP&usr_id=6100000213&version=3.0").hexdigest()
    )


@pytest.fixture(params=["", "shared-secret"], ids=["document", "with-secret"])
def ccb(request, serve_fresh):
    app = create_app("ccb-electricity", request.param)
    yield request.param, serve_fresh(app)
    assert app.state.sandbox.internal_errors == 0


def envelope(inner: dict[str, str], secret: str) -> dict:
    return {"request": inner, "sign": sha256_sorted(inner, secret)}


PAY = {
    "version": "3.0",
    "channel": "APP",
    "acq_code": "283499",
    "usr_id": "6100000213",
    "order_no": "E1",
    "fee_mod": "0",
    "ow_amt": "100.50",
    "cost_id": "23424",
    "dflt_pny": "1",
    "auth_code": "132",
}


def test_independently_signed_request_is_accepted_and_reply_verifies(ccb) -> None:
    secret, server = ccb
    reply = httpx.post(f"{server.url}/trade/pay", json=envelope(PAY, secret))
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["response"]["order_no"] == "E1"
    assert body["sign"] == sha256_sorted(body["response"], secret)


@pytest.mark.parametrize(
    "field", ["usr_id", "order_no", "ow_amt", "cost_id", "auth_code", "acq_code"]
)
def test_single_field_tamper_is_refused(ccb, field: str) -> None:
    secret, server = ccb
    sent = envelope(PAY, secret)
    last = PAY[field][-1]
    sent["request"] = dict(PAY, **{field: PAY[field][:-1] + ("2" if last != "2" else "3")})
    reply = httpx.post(f"{server.url}/trade/pay", json=sent)
    assert reply.status_code == 400
    answer = reply.json()["response"]
    assert answer["code"] == "FAIL"
    assert answer["msg"].startswith("sign: signature does not match; expected ")
    diagnosis = json.loads(reply.headers["x-jiaofei-signature-diagnosis"])
    assert diagnosis["received"] == sent["sign"]
    assert diagnosis["expected"] == sha256_sorted(sent["request"], secret)
    assert not secret or (secret not in reply.text and secret not in json.dumps(diagnosis))


def test_client_round_trip_with_decimal_amounts(ccb) -> None:
    secret, server = ccb
    with Client(server.url, acq_code="283499", shared_secret=secret) as client:
        paid = client.pay_by_code(
            usr_id="6100000213",
            order_no="E2",
            fee_mod="0",
            auth_code="132",
            ow_amt=Decimal("100.50"),
            cost_id="23424",
            dflt_pny=Decimal("0"),
        )
        assert paid.order_no == "E2"
        assert client.query_payment(pre_order_no="E2").status == "SUCCESS"
        with pytest.raises(BusinessError) as caught:
            client.query_payment(pre_order_no="missing")
        assert (caught.value.field, caught.value.code, caught.value.meaning) == (
            "sub_code",
            "1003",
            "订单不存在",
        )


@pytest.mark.parametrize(
    ("fields", "missing"),
    [
        ({"fee_mod": "0", "cost_id": "1", "dflt_pny": "0"}, "request.ow_amt"),
        ({"fee_mod": "1"}, "request.rchg_amt"),
    ],
)
def test_conditional_fields_are_enforced_before_sending(ccb, fields: dict, missing: str) -> None:
    secret, server = ccb
    with Client(server.url, acq_code="283499", shared_secret=secret) as client:
        with pytest.raises(ValidationError) as caught:
            client.pay_by_code(usr_id="1", order_no="E3", auth_code="1", **fields)
    assert (caught.value.field, caught.value.rule) == (missing, "required")


def test_a_reply_signed_with_another_secret_is_refused() -> None:
    app = create_app("ccb-electricity", "platform-secret")
    with (
        serve_in_thread(app) as server,
        Client(server.url, acq_code="1", shared_secret="") as client,
    ):
        # The platform refuses our unkeyed request and signs its refusal with its key, which
        # our client cannot verify: a signature error, not a silent success.
        with pytest.raises(SignatureError):
            client.query_user_info(usr_id="1")


def test_cli_sign_prints_the_sorted_string() -> None:
    import subprocess
    import sys

    inner = {"usr_id": "6100000213", "channel": "APP", "version": "3.0", "acq_code": "283499"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "sign",
            "ccb-electricity",
            "query_user_info",
            "--secret",
            "",
            "--params",
            json.dumps({"request": inner}),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    printed = json.loads(result.stdout)
    assert printed["string_to_sign"] == "acq_code=283499&channel=APP&usr_id=6100000213&version=3.0"
    assert printed["signature"] == sha256_sorted(inner)
    assert printed["params"] == {"request": inner, "sign": sha256_sorted(inner)}
