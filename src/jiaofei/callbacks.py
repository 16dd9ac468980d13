"""Receiving what a vendor sends you: verify from the raw bytes, parse, deduplicate, ack.

Framework-neutral: give :meth:`Receiver.handle` the body bytes and Content-Type you received
and send back the :class:`Answer` it returns; :meth:`Receiver.asgi` wraps that as an ASGI app.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Protocol

from jiaofei import credentials, messages
from jiaofei.errors import CredentialError, JiaofeiError, SignatureError, ValidationError
from jiaofei.logs import configure_from_env
from jiaofei.plan import OperationPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import value_text

log = logging.getLogger("jiaofei")


@dataclass(frozen=True)
class Answer:
    """What to send back to the vendor."""

    status: int
    body: bytes
    content_type: str
    processed: bool = False
    duplicate: bool = False


class DedupeStore(Protocol):
    """Remembers which deliveries were processed. Plug in Redis or a database table for more
    than one process."""

    def seen(self, key: str) -> bool: ...

    def remember(self, key: str) -> None: ...


class MemoryDedupe:
    """In-process store of the most recent ``capacity`` delivery keys."""

    def __init__(self, capacity: int = 100_000) -> None:
        self._keys: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = threading.Lock()

    def seen(self, key: str) -> bool:
        with self._lock:
            return key in self._keys

    def remember(self, key: str) -> None:
        with self._lock:
            self._keys[key] = None
            self._keys.move_to_end(key)
            while len(self._keys) > self._capacity:
                self._keys.popitem(last=False)


def check_message(
    plan: OperationPlan,
    settings: Settings,
    signers: Signers,
    body: bytes,
    content_type: str | None,
    headers: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """Validate and verify one message as received; return its typed values.

    Credential headers are checked first; the signature is checked over the values exactly as
    they arrived (text for a form), never over a re-serialisation.
    """
    credentials.check(plan, settings, headers or {})
    message = messages.read_request(plan, body, content_type)
    plan.body_check(message.media)(message.typed)
    if plan.signing is not None:
        signers.verify(plan.signing, message.received)
    return message.typed


def ack_answer(plan: OperationPlan, **flags: bool) -> Answer:
    return Answer(200, plan.ack.body, plan.ack.content_type, **flags)


class Receiver:
    api_name: ClassVar[str] = ""

    def __init__(
        self, *, settings: Mapping[str, str | Secret | None], dedupe: DedupeStore | None = None
    ) -> None:
        from jiaofei.plan import ApiPlan

        configure_from_env()
        self.api = ApiPlan.load(self.api_name)
        self.settings = Settings(self.api, settings)
        self.signers = Signers(self.settings)
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupe()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(settings={self.settings!r})"

    def parse(
        self,
        operation_id: str,
        body: bytes,
        content_type: str | None,
        parse: Callable[[Any], Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Verify and parse one delivery.

        Raises :class:`CredentialError`, :class:`SignatureError` or :class:`ValidationError`.
        """
        plan = self.api.operation(operation_id)
        values = check_message(plan, self.settings, self.signers, body, content_type, headers)
        return parse(values) if parse is not None else values

    def delivery_key(self, operation_id: str, values: Mapping[str, Any]) -> str:
        fields = self.api.operation(operation_id).dedupe_key or sorted(values)
        return operation_id + "|" + "|".join(value_text(values.get(f)) for f in fields)

    def handle(
        self,
        operation_id: str,
        body: bytes,
        content_type: str | None,
        process: Callable[[Any], None],
        parse: Callable[[Any], Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """Verify, deduplicate and process one delivery; every valid delivery is acknowledged
        with the exact ack the document wants, a repeated one without processing it again.
        A wrong credential header is answered 401, a bad signature or field 400."""
        plan = self.api.operation(operation_id)
        try:
            values = check_message(plan, self.settings, self.signers, body, content_type, headers)
        except (CredentialError, SignatureError, ValidationError) as exc:
            log.warning("refused %s delivery: %s", operation_id, exc)
            status = 401 if isinstance(exc, CredentialError) else 400
            return Answer(status, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
        key = self.delivery_key(operation_id, values)
        if self.dedupe.seen(key):
            return ack_answer(plan, duplicate=True)
        process(parse(values) if parse is not None else values)
        self.dedupe.remember(key)
        return ack_answer(plan, processed=True)

    def asgi(
        self,
        operation_id: str,
        process: Callable[[Any], None],
        parse: Callable[[Any], Any] | None = None,
    ) -> Callable[..., Awaitable[None]]:
        """An ASGI app that receives ``operation_id`` deliveries on any path."""

        async def app(
            scope: dict[str, Any],
            receive: Callable[..., Awaitable[Any]],
            send: Callable[..., Awaitable[None]],
        ) -> None:
            if scope["type"] != "http":
                return
            allowed = self.api.operation(operation_id).method
            if scope["method"] != allowed:
                await send(
                    {
                        "type": "http.response.start",
                        "status": 405,
                        "headers": [(b"allow", allowed.encode())],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return
            chunks = []
            while True:
                event = await receive()
                chunks.append(event.get("body", b""))
                if not event.get("more_body"):
                    break
            headers = {
                k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]
            }
            try:
                answer = self.handle(
                    operation_id,
                    b"".join(chunks),
                    headers.get("content-type"),
                    process,
                    parse,
                    headers=headers,
                )
            except JiaofeiError as exc:
                answer = Answer(400, str(exc).encode("utf-8"), "text/plain; charset=utf-8")
            await send(
                {
                    "type": "http.response.start",
                    "status": answer.status,
                    "headers": [(b"content-type", answer.content_type.encode())],
                }
            )
            await send({"type": "http.response.body", "body": answer.body})

        return app
