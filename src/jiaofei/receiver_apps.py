"""A :class:`~jiaofei.callbacks.Receiver` served as an ASGI or a WSGI app.

Both read no more than the receiver's ``body_limit`` (a larger declared ``Content-Length`` is
answered 413 before a byte of the body is read), answer any other method than the operation's
405, and answer 500 for anything that goes wrong on this side.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from http import HTTPStatus
from typing import Any

from jiaofei import wire
from jiaofei.callbacks import Answer, Receiver, refusal

log = logging.getLogger("jiaofei")

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def _too_large(receiver: Receiver) -> Answer:
    return refusal(413, f"body larger than {receiver.body_limit} bytes")


def _failed() -> Answer:
    return refusal(500, "receiver error; retry later")


def asgi_app(
    receiver: Receiver,
    operation_id: str,
    process: Callable[[Any], Any],
    parse: Callable[[Any], Any] | None = None,
) -> Callable[[dict[str, Any], Receive, Send], Awaitable[None]]:
    """An ASGI app for ``operation_id`` deliveries: ``async def process`` is awaited, a plain
    ``process`` runs in a worker thread (:meth:`Receiver.handle_async`)."""
    allowed = receiver.api.operation(operation_id).method

    async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != allowed:
            await _send(send, 405, b"", [(b"allow", allowed.encode())])
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        body = await wire.read_limited(
            _chunks(receive), receiver.body_limit, headers.get("content-length")
        )
        if body is None:
            answer = _too_large(receiver)
        else:
            try:
                answer = await receiver.handle_async(
                    operation_id, body, headers.get("content-type"), process, parse, headers=headers
                )
            except Exception:
                log.exception("receiving %s delivery failed", operation_id)
                answer = _failed()
        await _send(send, answer.status, answer.body, _headers(answer))

    return app


async def _chunks(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        event = await receive()
        yield event.get("body", b"")
        if not event.get("more_body"):
            return


def _headers(answer: Answer) -> list[tuple[bytes, bytes]]:
    found = [(b"content-type", answer.content_type.encode())]
    return found + [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers]


async def _send(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


StartResponse = Callable[..., Any]


def wsgi_app(
    receiver: Receiver,
    operation_id: str,
    process: Callable[[Any], None],
    parse: Callable[[Any], Any] | None = None,
) -> Callable[[dict[str, Any], StartResponse], Iterable[bytes]]:
    """A WSGI app for ``operation_id`` deliveries (Flask, Django and any WSGI server):
    ``process`` runs in the server's request thread (:meth:`Receiver.handle`)."""
    allowed = receiver.api.operation(operation_id).method

    def app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if environ["REQUEST_METHOD"] != allowed:
            start_response(_status_line(405), [("Allow", allowed), ("Content-Length", "0")])
            return [b""]
        body = _read_wsgi(environ, receiver.body_limit)
        if body is None:
            answer = _too_large(receiver)
        else:
            headers = {
                key[5:].replace("_", "-").lower(): value
                for key, value in environ.items()
                if key.startswith("HTTP_")
            }
            content_type = environ.get("CONTENT_TYPE") or None
            if content_type:
                headers["content-type"] = content_type
            try:
                answer = receiver.handle(
                    operation_id, body, content_type, process, parse, headers=headers
                )
            except Exception:
                log.exception("receiving %s delivery failed", operation_id)
                answer = _failed()
        start_response(
            _status_line(answer.status),
            [
                ("Content-Type", answer.content_type),
                ("Content-Length", str(len(answer.body))),
                *answer.headers,
            ],
        )
        return [answer.body]

    return app


def _read_wsgi(environ: dict[str, Any], limit: int) -> bytes | None:
    stream = environ["wsgi.input"]
    length = wire.declared_length(environ.get("CONTENT_LENGTH") or None)
    if length is not None:
        return None if length > limit else bytes(stream.read(length))
    if not environ.get("wsgi.input_terminated"):
        return b""
    body = bytes(stream.read(limit + 1))
    return None if len(body) > limit else body


def _status_line(status: int) -> str:
    return f"{status} {HTTPStatus(status).phrase}"
