"""The sandbox over real HTTP: requests signed independently by the document's rule are
accepted, any single-field tamper is refused with code 400, state and callbacks behave."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from conftest import KEY, UID, md5_hex

ORDER_FIELDS = [
    "uid",
    "order_no",
    "order_type",
    "mobile_type",
    "phone_number",
    "face_value",
    "notify_url",
]


def signed_order(order_no: str, notify_url: str = "http://127.0.0.1:9/cb") -> dict[str, str]:
    order = {
        "uid": UID,
        "order_no": order_no,
        "order_type": "1",
        "mobile_type": "1",
        "phone_number": "13999999999",
        "face_value": "100",
        "notify_url": notify_url,
    }
    order["sign"] = md5_hex(UID + order_no + "13999999999" + "100" + KEY)
    return order


def test_independently_signed_order_is_accepted(sandbox) -> None:
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", data=signed_order("A100"))
    assert reply.status_code == 200
    assert reply.json() == {"code": "200", "count": "1", "msg": "Success"}


@pytest.mark.parametrize("field", ["uid", "order_no", "phone_number", "face_value", "sign"])
def test_any_signed_field_tampered_is_refused(sandbox, field: str) -> None:
    order = signed_order("A101")
    order[field] = order[field][:-1] + ("2" if order[field][-1] != "2" else "3")
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", data=order)
    assert reply.status_code == 400
    body = reply.json()
    assert body["code"] == "400" and body["count"] == "0"
    assert "sign" in body["msg"]


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("order_type", "7", "enum"),
        ("face_value", "ten", "type"),
        ("notify_url", "ftp://x", "pattern"),
        ("mobile_type", "", "type"),
    ],
)
def test_bad_fields_are_refused_naming_field_and_rule(
    sandbox, field: str, value: str, rule: str
) -> None:
    order = signed_order("A102")
    order[field] = value
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", data=order)
    assert reply.status_code == 400
    assert reply.json()["msg"].startswith(f"{field}:")
    assert f"({rule})" in reply.json()["msg"]


def test_missing_field_is_refused(sandbox) -> None:
    order = signed_order("A103")
    del order["phone_number"]
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", data=order)
    assert reply.status_code == 400
    assert reply.json()["msg"] == "phone_number: is required (required)"


def test_json_encoding_is_accepted_too(sandbox) -> None:
    order = {
        k: (int(v) if k in ("order_type", "mobile_type", "face_value") else v)
        for k, v in signed_order("A104").items()
    }
    reply = httpx.post(f"{sandbox.url}/1/api/oper/order", json=order)
    assert reply.status_code == 200


def test_pushed_order_can_be_queried_and_reply_is_signed(sandbox) -> None:
    httpx.post(f"{sandbox.url}/1/api/oper/order", data=signed_order("A105")).raise_for_status()
    query = {"uid": UID, "order_no": "A105", "sign": md5_hex(UID + "A105" + KEY)}
    reply = httpx.post(f"{sandbox.url}/1/api/oper/query_order", data=query).json()
    assert reply["code"] == "200"
    assert reply["sign"] == md5_hex(reply["data"] + KEY)
    assert '"operatorSn":"A105"' in reply["data"]


def test_unknown_order_is_404_with_code_400(sandbox) -> None:
    query = {"uid": UID, "order_no": "nope", "sign": md5_hex(UID + "nope" + KEY)}
    reply = httpx.post(f"{sandbox.url}/1/api/oper/query_order", data=query)
    assert reply.status_code == 404
    assert reply.json()["code"] == "400"


def test_order_number_reuse(sandbox) -> None:
    first = signed_order("A106")
    assert httpx.post(f"{sandbox.url}/1/api/oper/order", data=first).status_code == 200
    assert httpx.post(f"{sandbox.url}/1/api/oper/order", data=first).status_code == 200
    changed = dict(first, notify_url="http://127.0.0.1:9/other")
    assert httpx.post(f"{sandbox.url}/1/api/oper/order", data=changed).status_code == 409


def _deliveries(sandbox, count: int, *, settled: bool = True) -> list[dict]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = httpx.get(f"{sandbox.url}/_sandbox/deliveries").json()
        done = [d for d in found if not d["contacted"] or d["acknowledged"] or d["attempts"] >= 3]
        if len(found) >= count and (not settled or len(done) == len(found)):
            return found
        time.sleep(0.05)
    raise AssertionError(f"deliveries did not settle: {found}")


def test_callback_is_retried_three_times_without_ack(sandbox) -> None:
    httpx.post(
        f"{sandbox.url}/1/api/oper/order",
        data=signed_order("A107", f"{sandbox.url}/no-receiver-here"),
    ).raise_for_status()
    delivery = _deliveries(sandbox, 1)[0]
    assert delivery["contacted"] and not delivery["acknowledged"]
    assert delivery["attempts"] == 3
    body = delivery["body"]
    assert body["sign"] == md5_hex(UID + "A107" + "13999999999" + "100" + "4" + KEY)


def test_callbacks_to_other_hosts_are_recorded_not_sent(sandbox) -> None:
    httpx.post(
        f"{sandbox.url}/1/api/oper/order", data=signed_order("A108", "http://www.baidu.com")
    ).raise_for_status()
    delivery = _deliveries(sandbox, 1)[0]
    assert delivery["contacted"] is False
    assert delivery["attempts"] == 0


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{not json"),
        ("application/x-www-form-urlencoded", b"\xff\xfe"),
        ("text/csv", b"a,b"),
        ("application/json", b"[1, 2]"),
        ("application/json", b'"text"'),
    ],
)
def test_garbage_never_gets_a_5xx(sandbox, content_type: str, body: bytes) -> None:
    reply = httpx.post(
        f"{sandbox.url}/1/api/oper/order", content=body, headers={"Content-Type": content_type}
    )
    assert 400 <= reply.status_code < 500
    assert reply.json()["code"] == "400"


def test_the_sandbox_socket_is_tcp_so_replies_are_not_held_back() -> None:
    """asyncio sets TCP_NODELAY only on connections of an IPPROTO_TCP socket; without it a
    kept-alive client waits for its delayed ACK before every reply body."""
    import socket

    from jiaofei.sandbox.server import serve_in_thread

    async def app(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with serve_in_thread(app, loop="asyncio") as server:
        (listening,) = server.server.servers[0].sockets
        assert listening.proto == socket.IPPROTO_TCP
    # uvloop, which the sandbox extra installs, sets TCP_NODELAY on every TCP connection.
    with serve_in_thread(app) as server:
        (listening,) = server.server.servers[0].sockets
        assert type(listening).__module__.startswith("uvloop")
