"""Signing variants of deployed peers: declared per API, selected by a setting, the document's
reading the default; a refusal's diagnosis names the variant a message matches."""

from __future__ import annotations

import hashlib
import json

import httpx
import pytest

from jiaofei.ccb_electricity import Client, Receiver
from jiaofei.errors import SignatureError
from jiaofei.plan import ApiPlan
from jiaofei.sandbox import create_app
from jiaofei.settings import Settings
from jiaofei.signers import Signers

SECRET = "deployed-key"
DEPLOYED = {"shared_secret": SECRET, "sign_variant": "deployed-frontend"}

# As the deployed front-end sends it: the tables' V3.0, its H5 channel.
INNER = {"version": "V3.0", "channel": "H5", "acq_code": "283499", "usr_id": "6100000213"}


def deployed_sign(inner: dict[str, str], secret: str) -> str:
    """The front-end's digest written out by hand: every pair (empty ones too), sorted,
    ``&key=`` and the secret, upper-case hex."""
    text = "&".join(f"{k}={v}" for k, v in sorted(inner.items())) + f"&key={secret}"
    return hashlib.sha256(text.encode()).hexdigest().upper()


def deployed_body() -> bytes:
    return json.dumps({"request": INNER, "sign": deployed_sign(INNER, SECRET)}).encode()


def test_sandbox_configured_for_the_variant_accepts_the_front_end(serve_fresh) -> None:
    server = serve_fresh(create_app("ccb-electricity", SECRET, settings=DEPLOYED))
    reply = httpx.post(
        f"{server.url}/trade/userInfoQuery",
        content=deployed_body(),
        headers={"content-type": "application/json"},
    )
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["sign"] == deployed_sign(body["response"], SECRET)
    with Client(server.url, acq_code="283499", **DEPLOYED) as client:
        assert client.query_user_info(usr_id="6100000213").data == "张三"


def test_default_sandbox_refuses_the_front_end_naming_the_variant(serve_fresh) -> None:
    server = serve_fresh(create_app("ccb-electricity", SECRET))
    reply = httpx.post(
        f"{server.url}/trade/userInfoQuery",
        content=deployed_body(),
        headers={"content-type": "application/json"},
    )
    assert reply.status_code == 400
    assert "deployed-frontend" in reply.json()["response"]["msg"]
    diagnosis = json.loads(reply.headers["x-jiaofei-signature-diagnosis"])
    assert diagnosis["matching_variant"] == "deployed-frontend"
    assert diagnosis["configured_variant"] == "document"
    assert diagnosis["body_sha256"] == hashlib.sha256(deployed_body()).hexdigest()
    assert SECRET not in reply.text and SECRET not in json.dumps(diagnosis)


def test_receiver_accepts_the_variant_only_when_configured() -> None:
    accepted = Receiver(**DEPLOYED).parse("query_user_info", deployed_body(), "application/json")
    assert accepted["request"]["channel"] == "H5"
    with pytest.raises(SignatureError, match="deployed-frontend") as refused:
        Receiver(shared_secret=SECRET).parse("query_user_info", deployed_body(), "application/json")
    diagnosis = refused.value.diagnosis
    assert diagnosis is not None
    assert diagnosis.variant == "deployed-frontend"
    assert diagnosis.received == deployed_sign(INNER, SECRET)
    assert diagnosis.fields == ("acq_code", "channel", "usr_id", "version")
    assert diagnosis.string_to_sign == "acq_code=283499&channel=H5&usr_id=6100000213&version=V3.0"
    assert SECRET not in json.dumps(diagnosis.to_dict()) and SECRET not in str(refused.value)


def test_variant_signs_empty_values_the_document_skips() -> None:
    api = ApiPlan.load("ccb-electricity")
    rule = api.operation("query_user_info").reply_signing
    assert rule is not None
    reply = {"response": {"code": "SUCCESS", "msg": "OK", "data": ""}}
    document = Signers(Settings.with_secret(api, SECRET)).sign(rule, reply)
    deployed = Signers(Settings.with_secret(api, SECRET, {"sign_variant": "deployed-frontend"}))
    signed = deployed.sign(rule, reply)
    assert document.string_to_sign == "code=SUCCESS&msg=OK"
    assert signed.string_to_sign == "code=SUCCESS&data=&msg=OK"
    assert signed.signature == deployed_sign(reply["response"], SECRET)


def test_an_unknown_variant_is_refused_naming_the_known() -> None:
    with pytest.raises(TypeError, match="document, deployed-frontend"):
        Receiver(sign_variant="front-end")


def test_cmpay_reply_verifies_with_values_url_encoded_once_more() -> None:
    api = ApiPlan.load("cmpay")
    rule = api.operation("order_query").reply_signing
    assert rule is not None
    signers = Signers(Settings.with_secret(api, "sign-key"))
    decoded = {"merchantId": "888", "returnCode": "000000", "message": "成功", "signType": "MD5"}
    signed = signers.sign_into(rule, dict(decoded))
    as_received = dict(signed, message="%E6%88%90%E5%8A%9F")
    assert signers.verify(rule, signed).string_to_sign.startswith("888")
    assert "成功" in signers.verify(rule, as_received).string_to_sign
    with pytest.raises(SignatureError):
        signers.verify(rule, dict(as_received, merchantId="889"))


def test_debug_log_shows_the_string_to_sign_never_the_key(caplog) -> None:
    api = ApiPlan.load("ccb-electricity")
    rule = api.operation("query_user_info").signing
    assert rule is not None
    signers = Signers(Settings.with_secret(api, SECRET))
    with caplog.at_level("DEBUG", logger="jiaofei.signing"):
        signed = signers.sign_into(rule, {"request": dict(INNER)})
        with pytest.raises(SignatureError):
            signers.verify(rule, dict(signed, sign="0" * 64), body=b"{}")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "acq_code=283499&channel=H5&usr_id=6100000213&version=V3.0" in logged
    assert SECRET not in logged


def test_cmpay_rsa_reply_url_encoded_once_more_verifies_with_the_public_key() -> None:
    from test_cmpay import _private, _rsa_pair

    api = ApiPlan.load("cmpay")
    rule = api.operation("order_query").reply_signing
    assert rule is not None
    key, public = _rsa_pair()
    platform = Signers(Settings(api, {"platform_private_key": _private(key, "pkcs8")}))
    client = Signers(Settings(api, {"platform_public_key": public}))
    decoded = {"merchantId": "888", "returnCode": "000000", "message": "成功", "signType": "RSA"}
    signed = platform.sign_into(rule, dict(decoded))
    as_received = dict(signed, message="%E6%88%90%E5%8A%9F")
    assert client.verify(rule, as_received).signature == signed["hmac"]
