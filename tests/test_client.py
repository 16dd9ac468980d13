"""The generated clients against the sandbox over real HTTP."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from jiaofei.errors import (
    BusinessError,
    SignatureError,
    TimeoutError,
    TransportError,
    ValidationError,
)
from jiaofei.recharge_upstream import AsyncClient, BalanceData, Client, OrderReply
from jiaofei.sandbox.server import serve_in_thread

from conftest import KEY, UID, md5_hex

ORDER = {
    "order_type": 1,
    "mobile_type": 1,
    "phone_number": "13999999999",
    "face_value": 100,
    "notify_url": "http://127.0.0.1:9/cb",
}


def requests_seen(sandbox) -> int:
    return httpx.get(f"{sandbox.url}/_sandbox/health").json()["requests"]


def test_order_query_and_balance(sandbox) -> None:
    with Client(sandbox.url, uid=UID, md5_key=KEY) as client:
        assert isinstance(client.order(order_no="C1", **ORDER), OrderReply)
        order = client.query_order(order_no="C1")
        assert (order.operator_sn, order.amount, order.status_id) == ("C1", 100, 4)
        balance = client.balance()
        assert isinstance(balance, BalanceData) and balance.account_balance == 138501


@pytest.mark.parametrize("encoding", ["form", "json"])
def test_both_encodings(sandbox, encoding: str) -> None:
    with Client(sandbox.url, uid=UID, md5_key=KEY, encoding=encoding) as client:
        client.order(order_no=f"C2{encoding}", **ORDER)
        assert client.query_order(order_no=f"C2{encoding}").recharge_phone_number == "13999999999"


def test_async_client(sandbox) -> None:
    async def run() -> tuple[int, int]:
        async with AsyncClient(sandbox.url, uid=UID, md5_key=KEY) as client:
            await client.order(order_no="C3", **ORDER)
            order, balance = await asyncio.gather(
                client.query_order(order_no="C3"), client.balance()
            )
            return order.amount, balance.account_balance

    assert asyncio.run(run()) == (100, 138501)


def test_settings_from_environment(sandbox, monkeypatch) -> None:
    monkeypatch.setenv("JIAOFEI_RECHARGE_UPSTREAM_BASE_URL", sandbox.url)
    monkeypatch.setenv("JIAOFEI_RECHARGE_UPSTREAM_UID", UID)
    monkeypatch.setenv("JIAOFEI_RECHARGE_UPSTREAM_MD5_KEY", KEY)
    with Client() as client:
        assert client.balance().currency == "人民币"


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        ({"order_type": 5}, "order_type", "enum"),
        ({"face_value": 0}, "face_value", "minimum"),
        ({"notify_url": "mailto:x"}, "notify_url", "pattern"),
        ({"phone_number": ""}, "phone_number", "minLength"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(sandbox, change, field, rule) -> None:
    before = requests_seen(sandbox)
    with (
        Client(sandbox.url, uid=UID, md5_key=KEY) as client,
        pytest.raises(ValidationError) as caught,
    ):
        client.order(order_no="C4", **{**ORDER, **change})
    assert (caught.value.field, caught.value.rule) == (field, rule)
    assert field in str(caught.value)
    assert requests_seen(sandbox) == before


def test_missing_key_is_a_clear_error(sandbox, monkeypatch) -> None:
    monkeypatch.delenv("JIAOFEI_RECHARGE_UPSTREAM_MD5_KEY", raising=False)
    with Client(sandbox.url, uid=UID) as client, pytest.raises(TypeError, match="md5_key"):
        client.balance()


def test_refused_request_is_a_business_error_with_the_document_meaning(sandbox) -> None:
    with (
        Client(sandbox.url, uid=UID, md5_key="wrong") as client,
        pytest.raises(BusinessError) as caught,
    ):
        client.balance()
    assert caught.value.code == "400" and caught.value.meaning == "失败"
    assert caught.value.response is not None and caught.value.response.status_code == 400


def _fake_platform(reply_sign: str) -> Starlette:
    data = (
        '{"accountBalance":1,"billingDate":0,"currency":"人民币","expenditure":0,"gmtCreate":0,'
        '"income":0,"operatorName":"x","payMoney":0,"paymentDetailId":1,"record":"r"}'
    )

    async def balance(request):
        sign = md5_hex(data + KEY) if reply_sign == "right" else md5_hex(data + "other")
        return JSONResponse(
            {"code": "200", "count": "1", "msg": "success", "data": data, "sign": sign}
        )

    return Starlette(routes=[Route("/1/api/oper/balance", balance, methods=["POST"])])


def test_tampered_reply_raises_signature_error() -> None:
    with (
        serve_in_thread(_fake_platform("right")) as good,
        serve_in_thread(_fake_platform("wrong")) as bad,
    ):
        with Client(good.url, uid=UID, md5_key=KEY) as client:
            assert client.balance().account_balance == 1
        with (
            Client(bad.url, uid=UID, md5_key=KEY) as client,
            pytest.raises(SignatureError) as caught,
        ):
            client.balance()
        assert caught.value.response is not None


def test_a_repeated_call_sends_the_request_httpx_would_build() -> None:
    """The second call reuses the URL the first one joined; its request is the same in every
    part httpx's build_request would set (URL, client headers, timeout, body)."""

    class Recording(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[httpx.Request] = []

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            self.seen.append(request)
            return super().handle_request(request)

    transport = Recording()
    with (
        serve_in_thread(_fake_platform("right")) as server,
        Client(
            server.url, uid=UID, md5_key=KEY, transport=transport, headers={"X-Team": "t"}
        ) as client,
    ):
        client.balance()
        client.balance()
        client.balance(timeout=7)
    first, second, third = transport.seen
    for request in (second, third):
        assert (request.method, request.url, request.content) == (
            first.method,
            first.url,
            first.content,
        )
        assert request.headers.multi_items() == first.headers.multi_items()
    assert first.headers["x-team"] == "t" and "user-agent" in first.headers
    assert second.extensions["timeout"] == first.extensions["timeout"]
    assert third.extensions["timeout"]["read"] == 7


def test_timeouts_are_explicit_and_enforced() -> None:
    import time as clock

    async def stall(request):
        await asyncio.sleep(2)
        return JSONResponse({})

    app = Starlette(routes=[Route("/1/api/oper/balance", stall, methods=["POST"])])
    with (
        serve_in_thread(app) as slow,
        Client(slow.url, uid=UID, md5_key=KEY, timeout=0.2, max_retries=0) as client,
    ):
        assert client.timeout.read == 0.2
        started = clock.monotonic()
        with pytest.raises(TimeoutError):
            client.balance()
        assert clock.monotonic() - started < 1.5
        with pytest.raises(TimeoutError):
            client.balance(timeout=0.1)
    with pytest.raises(ValueError, match="timeout"):
        Client("http://127.0.0.1:9", uid=UID, md5_key=KEY, timeout=None)


def test_connection_refused_is_a_transport_error() -> None:
    with Client("http://127.0.0.1:9", uid=UID, md5_key=KEY, max_retries=0) as client:
        with pytest.raises(TransportError):
            client.balance()


def _flaky(failures: int, status: int = 503) -> tuple[Starlette, list[str]]:
    seen: list[str] = []

    async def endpoint(request):
        seen.append(request.url.path)
        if len(seen) <= failures:
            return JSONResponse(
                {"code": "400", "count": "0", "msg": "busy"}, status, headers={"Retry-After": "0"}
            )
        data = (
            '{"accountBalance":1,"billingDate":0,"currency":"c","expenditure":0,"gmtCreate":0,'
            '"income":0,"operatorName":"x","payMoney":0,"paymentDetailId":1,"record":"r"}'
        )
        return JSONResponse(
            {"code": "200", "count": "1", "msg": "ok", "data": data, "sign": md5_hex(data + KEY)}
        )

    routes = [
        Route(p, endpoint, methods=["POST"]) for p in ("/1/api/oper/balance", "/1/api/oper/order")
    ]
    return Starlette(routes=routes), seen


def test_queries_are_retried_until_they_succeed() -> None:
    app, seen = _flaky(2)
    with (
        serve_in_thread(app) as server,
        Client(server.url, uid=UID, md5_key=KEY, max_retries=2) as client,
    ):
        assert client.balance().account_balance == 1
    assert len(seen) == 3


def test_orders_are_never_retried_by_default() -> None:
    app, seen = _flaky(1)
    with (
        serve_in_thread(app) as server,
        Client(server.url, uid=UID, md5_key=KEY, max_retries=3) as client,
    ):
        with pytest.raises(BusinessError):
            client.order(order_no="C5", **ORDER)
    assert len(seen) == 1


def test_secrets_stay_out_of_repr_logs_and_errors(sandbox, caplog, monkeypatch) -> None:
    secret = "s3cr3t-md5-key-value"
    caplog.set_level(logging.DEBUG, logger="jiaofei")
    client = Client(sandbox.url, uid=UID, md5_key=secret)
    assert secret not in repr(client) and secret not in repr(client.settings)
    with pytest.raises(BusinessError) as caught:
        client.order(order_no="C6", **ORDER)
    client.close()
    assert caplog.records, "debug logging produced nothing"
    text = caplog.text + str(caught.value) + repr(caught.value)
    assert secret not in text
    assert "-> POST" in caplog.text and "'sign': '***'" in caplog.text


def test_reply_dates_are_timezone_aware(sandbox) -> None:
    from datetime import datetime, timedelta, timezone

    with Client(sandbox.url, uid=UID, md5_key=KEY) as client:
        balance = client.balance()
    # 1614009600000 ms is 2021-02-23 00:00 in Beijing.
    assert balance.billing_date == datetime(2021, 2, 23, tzinfo=timezone(timedelta(hours=8)))
    assert balance.billing_date.utcoffset() == timedelta(hours=8)


def test_raw_response_on_demand(sandbox) -> None:
    from jiaofei.client import RawResponse

    with Client(sandbox.url, uid=UID, md5_key=KEY) as client:
        raw = client.with_raw_response.balance()
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.http.json()["code"] == "200"
        assert raw.parsed.account_balance == 138501
        assert isinstance(client.balance(), BalanceData), "the original client is unchanged"


def test_models_module_holds_the_messages_the_client_returns(sandbox) -> None:
    import jiaofei.recharge_upstream as api
    from jiaofei.recharge_upstream import models
    from jiaofei.recharge_upstream.models import UNSET, QueryOrderData, Unset
    from jiaofei.recharge_upstream.models import OrderReply as Imported

    assert Imported is OrderReply is models.OrderReply
    assert isinstance(UNSET, Unset) and not UNSET
    assert {"UNSET", "Unset", "OrderReply", "QueryOrderData", "OrderNotify"} <= set(models.__all__)
    assert not hasattr(api, "endpoints")
    with Client(sandbox.url, uid=UID, md5_key=KEY) as client:
        placed = client.order(order_no="M1", **ORDER)
        found = client.query_order(order_no="M1")
    assert isinstance(placed, models.OrderReply)
    assert isinstance(found, QueryOrderData)
    assert QueryOrderData.from_dict(found.to_dict()) == found
