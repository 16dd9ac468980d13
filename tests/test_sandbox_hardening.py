"""The sandbox's request log and its limits: every request logged with what was wrong, answers
outside any operation in the document's failure shape, bounded bodies and storage, client
disconnects that are no error."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from test_sandbox import signed_order

from jiaofei import cli
from jiaofei.sandbox import app as sandbox_app
from jiaofei.sandbox import create_app

from conftest import KEY


def recent(sandbox: Any) -> list[dict[str, Any]]:
    return httpx.get(f"{sandbox.url}/_sandbox/requests").json()


def test_each_request_is_logged_once_with_its_outcome(sandbox, caplog) -> None:
    caplog.set_level(logging.INFO, logger="jiaofei.sandbox")
    httpx.post(f"{sandbox.url}/1/api/oper/order", data=signed_order("L1"))
    lines = [r.getMessage() for r in caplog.records if r.name == "jiaofei.sandbox"]
    assert lines == ["POST /1/api/oper/order order -> 200 ok"]
    [entry] = recent(sandbox)
    assert (entry["operation"], entry["status"], entry["outcome"]) == ("order", 200, "ok")


def test_the_command_line_writes_each_request_line_itself(caplog) -> None:
    """`jiaofei sandbox` writes the line as logging would (time, INFO, text) straight to
    stderr, and the logger then stays quiet for it: a line never shows twice."""
    import io
    import re

    from jiaofei.sandbox.request_log import Entry, RequestLog, lines_to

    caplog.set_level(logging.INFO, logger="jiaofei.sandbox")
    stream = io.StringIO()
    log = RequestLog()
    log.echo = lines_to(stream)
    log.record(Entry("POST", "/1/api/oper/balance", "balance", status=200))
    log.record(Entry("GET", "/nowhere", None, status=404, outcome="no-operation"))
    lines = stream.getvalue().splitlines()
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} INFO "
    assert re.fullmatch(stamp + "POST /1/api/oper/balance balance -> 200 ok", lines[0])
    assert re.fullmatch(stamp + "GET /nowhere - -> 404 no-operation", lines[1])
    assert not [r for r in caplog.records if r.name == "jiaofei.sandbox"]


def test_violations_and_signature_refusals_are_in_the_log(sandbox) -> None:
    bad_field = dict(signed_order("L2"), order_type="7")
    httpx.post(f"{sandbox.url}/1/api/oper/order", data=bad_field)
    bad_sign = dict(signed_order("L3"), sign="0" * 32)
    httpx.post(f"{sandbox.url}/1/api/oper/order", data=bad_sign)
    invalid, forged = recent(sandbox)
    assert invalid["outcome"] == "invalid"
    assert [(v["field"], v["rule"]) for v in invalid["violations"]] == [("order_type", "enum")]
    assert forged["outcome"] == "signature-failure" and forged["status"] == 400
    signature = forged["signature"]
    # The diagnosis when the error carries one, else its text; never the key.
    assert signature and KEY not in str(signature)


def test_unknown_path_and_wrong_method_answer_in_the_documents_shape(sandbox) -> None:
    missing = httpx.post(f"{sandbox.url}/nowhere", data={})
    assert missing.status_code == 404
    assert missing.json()["code"] == "400" and "/nowhere" in missing.json()["msg"]
    wrong = httpx.get(f"{sandbox.url}/1/api/oper/order")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json()["count"] == "0"
    assert [e["outcome"] for e in recent(sandbox)] == ["no-operation", "no-operation"]


def test_oversize_body_is_refused_413_in_the_documents_shape(sandbox) -> None:
    big = {"uid": "x" * (sandbox_app.MAX_BODY + 1)}
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", data=big)
    assert reply.status_code == 413
    assert reply.json()["code"] == "400" and "larger than" in reply.json()["msg"]


def test_stores_are_bounded_and_keep_no_request_copy(monkeypatch, serve_fresh) -> None:
    monkeypatch.setattr(sandbox_app, "MAX_RECORDS", 3)
    app = create_app("recharge-upstream", KEY)
    server = serve_fresh(app)
    for n in range(5):
        order = signed_order(f"B{n}", notify_url="http://192.0.2.1/notify")
        assert httpx.post(f"{server.url}/1/api/oper/order", data=order).status_code == 200
    orders = app.state.sandbox.stores["orders"]
    assert [key[1] for key in orders] == ["B2", "B3", "B4"]
    assert all(len(record["_request"]) == 64 for record in orders.values())


def test_a_client_that_disconnects_is_no_internal_error(caplog) -> None:
    app = create_app("recharge-upstream", KEY)
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/1/api/oper/order",
        "raw_path": b"/1/api/oper/order",
        "query_string": b"",
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
        "scheme": "http",
        "server": ("127.0.0.1", 80),
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        pass

    caplog.set_level(logging.INFO, logger="jiaofei.sandbox")
    for _ in range(20):
        asyncio.run(app(scope, receive, send))
    assert app.state.sandbox.internal_errors == 0
    assert not [r for r in caplog.records if r.exc_info]
    assert app.state.sandbox.log.recent()[-1]["outcome"] == "disconnected"


def test_allow_host_adds_to_loopback(monkeypatch) -> None:
    served: dict[str, Any] = {}
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **options: served.update(app=app))
    arguments = ["sandbox", "recharge-upstream", "--secret", KEY, "--allow-host", "cb.example"]
    assert cli.main([*arguments, "--scenario", "order=pending slow:5"]) == 0
    sandbox = served["app"].state.sandbox
    assert set(sandbox.deliverer.allowed_hosts) == {"loopback", "cb.example"}
    assert sandbox.scenarios == {"order": ("pending", "slow:5")}


@pytest.mark.parametrize("scenario", ["order=teleport", "nothing=pending", "order"])
def test_a_bad_scenario_option_is_refused_at_start(monkeypatch, capsys, scenario: str) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **options: pytest.fail("served"))
    arguments = ["sandbox", "recharge-upstream", "--secret", KEY, "--scenario", scenario]
    assert cli.main(arguments) == 2
    assert "jiaofei:" in capsys.readouterr().err


def test_a_wrong_method_is_signed_as_the_paths_failures_are(serve_fresh) -> None:
    server = serve_fresh(create_app("ccb-electricity", "shared-secret"))
    wrong = httpx.request("TRACE", f"{server.url}/trade/pay")
    assert wrong.status_code == 405
    assert wrong.json()["response"]["code"] == "FAIL" and len(wrong.json()["sign"]) == 64
