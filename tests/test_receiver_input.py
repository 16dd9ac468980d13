"""What a receiver does with bad input: a body over the limit is answered 413 unread, deep or
duplicated JSON 400 (never 500), and every refusal and log line quotes only a short excerpt."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from typing import Any

import pytest
from test_callbacks import FORM, delivery

from jiaofei import wire
from jiaofei.errors import ValidationError
from jiaofei.recharge_upstream import Receiver

from conftest import KEY

JSON = "application/json"


def test_json_with_a_duplicated_member_is_refused() -> None:
    with pytest.raises(ValidationError, match="more than once"):
        wire.decode(b'{"status": "4", "status": "1"}', JSON)


def test_json_nesting_is_bounded() -> None:
    wire.decode(b"[" * wire.MAX_JSON_DEPTH + b"]" * wire.MAX_JSON_DEPTH, JSON)
    deeper = wire.MAX_JSON_DEPTH + 1
    with pytest.raises(ValidationError, match="nests deeper"):
        wire.decode(b'{"a":' * deeper + b"1" + b"}" * deeper, JSON)
    with pytest.raises(ValidationError, match="nests deeper"):
        wire.decode(b"[" * 10_000 + b"]" * 10_000, JSON)


def test_deep_or_duplicated_json_deliveries_are_answered_400() -> None:
    receiver = Receiver(md5_key=KEY)
    fields = wire.decode(delivery(), FORM)
    duplicated = json.dumps(fields)[:-1] + ', "status": "1"}'
    for body in (b'{"a":' * 10_000 + b"1" + b"}" * 10_000, duplicated.encode()):
        answer = receiver.handle("order_notify", body, JSON, lambda notify: None)
        assert answer.status == 400


def test_a_refusal_quotes_a_short_excerpt(caplog: pytest.LogCaptureFixture) -> None:
    body = delivery().replace(b"sign=", b"sign=" + b"f" * 1_000_000)
    with caplog.at_level(logging.WARNING, logger="jiaofei"):
        answer = Receiver(md5_key=KEY).handle("order_notify", body, FORM, lambda notify: None)
    assert answer.status == 400
    assert len(answer.body) < 400
    assert caplog.records and all(len(r.getMessage()) < 500 for r in caplog.records)


def test_handle_answers_413_over_the_body_limit() -> None:
    receiver = Receiver(md5_key=KEY, body_limit=100)
    processed: list[object] = []
    answer = receiver.handle(
        "order_notify", delivery() + b"&x=" + b"1" * 100, FORM, processed.append
    )
    assert (answer.status, processed) == (413, [])
    assert receiver.handle("order_notify", b"", FORM, processed.append).status == 400


class Body:
    """An ASGI request body that counts how much of it was read."""

    def __init__(self, chunk: bytes, chunks: int) -> None:
        self.chunk, self.left, self.read = chunk, chunks, 0

    async def receive(self) -> dict[str, Any]:
        self.read += 1
        self.left -= 1
        return {"type": "http.request", "body": self.chunk, "more_body": self.left > 0}


def call_asgi(app: Any, body: Body, headers: list[tuple[bytes, bytes]]) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/notify", "headers": headers}
    asyncio.run(app(scope, body.receive, send))
    return sent


def test_asgi_refuses_a_declared_100_mb_body_without_reading_it() -> None:
    app = Receiver(md5_key=KEY).asgi("order_notify", lambda notify: None)
    body = Body(b"x" * 65536, 1600)
    sent = call_asgi(app, body, [(b"content-length", str(100 * 1024 * 1024).encode())])
    assert sent[0]["status"] == 413 and body.read == 0


def test_asgi_stops_reading_a_streamed_body_at_the_limit() -> None:
    app = Receiver(md5_key=KEY).asgi("order_notify", lambda notify: None)
    body = Body(b"x" * 65536, 1600)  # 100 MiB, chunked: no length declared
    sent = call_asgi(app, body, [(b"content-type", FORM.encode())])
    assert sent[0]["status"] == 413
    assert body.read == 1024 * 1024 // 65536 + 1


def wsgi_call(app: Any, body: bytes, **environ: Any) -> tuple[str, dict[str, str], bytes]:
    got: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        got["status"], got["headers"] = status, dict(headers)

    env = {
        "REQUEST_METHOD": "POST",
        "CONTENT_TYPE": FORM,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        **environ,
    }
    content = b"".join(app(env, start_response))
    return got["status"], got["headers"], content


def test_wsgi_receives_acks_and_deduplicates() -> None:
    processed: list[object] = []
    app = Receiver(md5_key=KEY).wsgi("order_notify", processed.append)
    assert wsgi_call(app, delivery())[0::2] == ("200 OK", b"ok")
    assert wsgi_call(app, delivery())[0::2] == ("200 OK", b"ok")
    assert len(processed) == 1
    assert wsgi_call(app, delivery(order_no="W2").replace(b"sign=", b"sign=0"))[0].startswith("400")
    status, headers, _ = wsgi_call(app, b"", REQUEST_METHOD="GET")
    assert status.startswith("405") and headers["Allow"] == "POST"


def test_wsgi_refuses_a_declared_100_mb_body_without_reading_it() -> None:
    class Unread(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise AssertionError("the body was read")

    app = Receiver(md5_key=KEY).wsgi("order_notify", lambda notify: None)
    status, _, _ = wsgi_call(
        app, b"", CONTENT_LENGTH=str(100 * 1024 * 1024), **{"wsgi.input": Unread()}
    )
    assert status.startswith("413")


def test_a_failing_process_is_answered_500_in_every_adapter_and_retried() -> None:
    receiver = Receiver(md5_key=KEY)
    calls: list[object] = []

    def once_failing(notify: object) -> None:
        calls.append(notify)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = receiver.wsgi("order_notify", once_failing)
    assert wsgi_call(app, delivery(order_no="F1"))[0].startswith("500")
    assert wsgi_call(app, delivery(order_no="F1"))[0::2] == ("200 OK", b"ok")
    assert len(calls) == 2
