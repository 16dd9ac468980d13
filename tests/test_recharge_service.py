"""recharge-service: Chinese paths, configurable signing scheme, replay window."""

from __future__ import annotations

import hashlib
import hmac
import time

import httpx
import pytest

from jiaofei.errors import BusinessError
from jiaofei.recharge_service import Client
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

SECRET = "app-secret"
ORDER_FIELDS = [
    "access_token",
    "company",
    "Supplier",
    "phoneNo",
    "productId",
    "cstmOrderName",
    "cstmOrderNo",
    "ts",
    "appID",
]


def independent_sign(scheme: str, params: dict[str, str], fields: list[str]) -> str:
    """Each scheme written out by hand, apart from the project's signers."""
    if scheme == "sha256-sorted":
        text = "&".join(f"{k}={params[k]}" for k in sorted(params) if k != "sign" and params[k])
        return hashlib.sha256(f"{text}&key={SECRET}".encode()).hexdigest()
    joined = "".join(params.get(f, "") for f in fields)
    if scheme == "md5-concat":
        return hashlib.md5((joined + SECRET).encode()).hexdigest()
    inner = hmac.new(b"", joined.encode(), hashlib.md5).hexdigest()
    return hmac.new(SECRET.encode(), inner.encode(), hashlib.md5).hexdigest()


def order(cstm_order_no: str, ts: int | None = None) -> dict[str, str]:
    return {
        "access_token": "tok",
        "company": "彩生活",
        "Supplier": "中国移动",
        "phoneNo": "13800138000",
        "productId": "10001",
        "cstmOrderName": "测试",
        "cstmOrderNo": cstm_order_no,
        "ts": str(int(time.time()) if ts is None else ts),
        "appID": "app1",
    }


@pytest.fixture(params=["sha256-sorted", "md5-concat", "hmac-md5-ordered"])
def scheme_sandbox(request, serve_fresh):
    app = create_app("recharge-service", SECRET, settings={"sign_scheme": request.param})
    yield request.param, serve_fresh(app)
    assert app.state.sandbox.internal_errors == 0


def test_independently_signed_order_is_accepted_tampering_refused(scheme_sandbox) -> None:
    scheme, server = scheme_sandbox
    params = order("R1")
    params["sign"] = independent_sign(scheme, params, ORDER_FIELDS)
    reply = httpx.post(f"{server.url}/sign/api/产品订购", data=params)
    assert reply.status_code == 200, reply.text
    assert reply.json()["data"]["cstmOrderNo"] == "R1"
    for field in ("phoneNo", "productId", "cstmOrderNo", "appID"):
        last = params[field][-1]
        tampered = dict(params, **{field: params[field][:-1] + ("8" if last == "9" else "9")})
        refused = httpx.post(f"{server.url}/sign/api/产品订购", data=tampered)
        assert refused.status_code == 400
        answer = refused.json()
        assert answer["code"] == "1"
        assert answer["message"].startswith("sign: signature does not match; expected ")


def test_client_follows_the_configured_scheme(scheme_sandbox) -> None:
    scheme, server = scheme_sandbox
    with Client(
        server.url,
        access_token="tok",
        app_id="app1",
        company="彩生活",
        app_secret=SECRET,
        sign_scheme=scheme,
    ) as client:
        placed = client.order_product(
            supplier="中国移动",
            phone_no="13800138000",
            product_id="1",
            cstm_order_name="测试",
            cstm_order_no="R2",
        )
        found = client.query_order_status(supplier="中国移动", cstm_order_no="R2")
        assert found.order_no == placed.order_no


def test_a_client_on_another_scheme_is_refused() -> None:
    app = create_app("recharge-service", SECRET, settings={"sign_scheme": "md5-concat"})
    with (
        serve_in_thread(app) as server,
        Client(server.url, access_token="t", app_id="a", company="c", app_secret=SECRET) as client,
    ):
        with pytest.raises(BusinessError) as caught:
            client.query_order_status(supplier="s", cstm_order_no="x")
    assert caught.value.code == "1" and caught.value.meaning == "失败"


def test_chinese_paths_are_percent_encoded_and_routed() -> None:
    app = create_app("recharge-service", SECRET)
    with serve_in_thread(app) as server:
        params = {
            "access_token": "t",
            "company": "c",
            "Supplier": "s",
            "cstmOrderNo": "none",
            "ts": str(int(time.time())),
            "appID": "a",
        }
        params["sign"] = independent_sign("sha256-sorted", params, [])
        reply = httpx.get(f"{server.url}/sign/api/订单状态查询", params=params)
    assert reply.request.url.raw_path.startswith(
        b"/sign/api/%E8%AE%A2%E5%8D%95%E7%8A%B6%E6%80%81%E6%9F%A5%E8%AF%A2?"
    )
    assert reply.status_code == 404 and reply.json()["code"] == "1"


@pytest.mark.parametrize("age", [-400, 400])
def test_stale_or_future_ts_is_refused(age: int) -> None:
    app = create_app("recharge-service", SECRET, settings={"ts_window": "300"})
    with serve_in_thread(app) as server:
        params = order("R3", ts=int(time.time()) + age)
        params["sign"] = independent_sign("sha256-sorted", params, ORDER_FIELDS)
        reply = httpx.post(f"{server.url}/sign/api/产品订购", data=params)
    assert reply.status_code == 400
    assert reply.json()["message"].startswith("ts: is more than 300 s")


def test_cli_sign_uses_the_configured_scheme() -> None:
    import json
    import subprocess
    import sys

    params = order("R4", ts=1700000000)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "jiaofei.cli",
            "sign",
            "recharge-service",
            "order_product",
            "--secret",
            SECRET,
            "--params",
            json.dumps(params, ensure_ascii=False),
            "--setting",
            "sign_scheme=md5-concat",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    printed = json.loads(result.stdout)
    assert printed["string_to_sign"] == "".join(params[f] for f in ORDER_FIELDS)
    assert printed["signature"] == independent_sign("md5-concat", params, ORDER_FIELDS)


def test_a_query_parameter_sent_twice_is_refused() -> None:
    """As duplicated form fields and JSON members are: which copy counts would be a guess."""
    app = create_app("recharge-service", SECRET)
    with serve_in_thread(app) as server:
        params = [("access_token", "t"), ("cstmOrderNo", "a"), ("cstmOrderNo", "b")]
        reply = httpx.get(f"{server.url}/sign/api/订单状态查询", params=params)
    assert reply.status_code == 400
    assert reply.json()["code"] == "1" and "cstmOrderNo" in reply.json()["message"]
    assert "appears more than once" in reply.json()["message"]
