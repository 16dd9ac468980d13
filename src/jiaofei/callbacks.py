"""Receiving what a vendor sends you: verify from the raw bytes, parse, claim, process, ack.

Framework-neutral: give :meth:`Receiver.handle` the body bytes and Content-Type you received
and send back the :class:`Answer` it returns; :meth:`Receiver.asgi` and :meth:`Receiver.wsgi`
wrap that as apps. A delivery is claimed in a store (:mod:`jiaofei.stores`) before it is
processed, so that of any number of copies arriving at once exactly one is processed.
"""

from __future__ import annotations

import inspect
import logging
import math
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, ClassVar, NamedTuple

from jiaofei import credentials, messages
from jiaofei.errors import CredentialError, SignatureError, ValidationError
from jiaofei.logs import configure_from_env
from jiaofei.plan import OperationPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import value_text
from jiaofei.stores import Claim, ClaimStatus, DedupeStore, MemoryDedupe

__all__ = ["Answer", "DedupeStore", "Delivery", "MemoryDedupe", "Receiver", "check_message"]

log = logging.getLogger("jiaofei")


class Answer(NamedTuple):
    """What to send back to the vendor."""

    status: int
    body: bytes
    content_type: str
    processed: bool = False
    duplicate: bool = False
    in_progress: bool = False
    headers: tuple[tuple[str, str], ...] = ()


TEXT = "text/plain; charset=utf-8"
# Refusals and log lines quote at most this many characters of what the sender sent.
EXCERPT = 200
DEFAULT_BODY_LIMIT = 1024 * 1024


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` cut to ``limit`` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def refusal(status: int, text: str) -> Answer:
    return Answer(status, excerpt(text).encode("utf-8"), TEXT)


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
        signers.verify(plan.signing, message.received, body=body)
    return message.typed


def ack_answer(plan: OperationPlan, *, processed: bool = False, duplicate: bool = False) -> Answer:
    return Answer(200, plan.ack.body, plan.ack.content_type, processed, duplicate)


class Delivery(NamedTuple):
    """A verified delivery this worker has claimed: process it, then :meth:`Receiver.finish`."""

    plan: OperationPlan
    values: dict[str, Any]
    claim: Claim


class Receiver:
    """Verifies, claims and processes the deliveries of one API.

    ``dedupe`` holds the claims (default: this process's memory; see :mod:`jiaofei.stores`),
    ``body_limit`` is the largest body accepted (413 above it), ``lease_seconds`` overrides the
    callback's declared lease (``x-jiaofei-callback`` ``lease``).
    """

    api_name: ClassVar[str] = ""

    def __init__(
        self,
        *,
        settings: Mapping[str, str | Secret | None],
        dedupe: DedupeStore | None = None,
        body_limit: int = DEFAULT_BODY_LIMIT,
        lease_seconds: float | None = None,
    ) -> None:
        from jiaofei.plan import ApiPlan

        configure_from_env()
        self.api = ApiPlan.load(self.api_name)
        self.settings = Settings(self.api, settings)
        self.signers = Signers(self.settings)
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupe()
        self.body_limit = body_limit
        self.lease_seconds = lease_seconds

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

    # -- the steps of a delivery ------------------------------------------------------------

    def admit(
        self,
        operation_id: str,
        body: bytes,
        content_type: str | None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Answer | Delivery:
        """Verify and claim one delivery: the :class:`Delivery` to process when this worker
        won it, else the answer to send (a refusal, the ack of a duplicate, or "in progress").

        A body over ``body_limit`` is answered 413, a wrong credential header 401, a bad
        signature or field 400; these answers quote at most a short excerpt of the input.
        """
        plan = self.api.operation(operation_id)
        if len(body) > self.body_limit:
            return refusal(413, f"body larger than {self.body_limit} bytes")
        try:
            values = check_message(plan, self.settings, self.signers, body, content_type, headers)
        except (CredentialError, SignatureError, ValidationError) as exc:
            text = excerpt(str(exc))
            log.warning("refused %s delivery: %s", operation_id, text)
            return refusal(401 if isinstance(exc, CredentialError) else 400, text)
        lease = self.lease_seconds if self.lease_seconds is not None else plan.delivery_lease
        claim = self.dedupe.claim(self.delivery_key(operation_id, values), lease)
        if claim.status is ClaimStatus.DONE:
            return ack_answer(plan, duplicate=True)
        if claim.status is ClaimStatus.BUSY:
            return in_progress(claim)
        return Delivery(plan, values, claim)

    def finish(self, delivery: Delivery, error: BaseException | None = None) -> Answer:
        """After ``process``: remember the delivery and answer the ack, or (``error``) release
        it and answer 500 so that the vendor's retry processes it."""
        plan, claim = delivery.plan, delivery.claim
        if error is not None:
            self.dedupe.release(claim)
            log.error(
                "processing %s delivery failed; released for the vendor's retry",
                plan.operation_id,
                exc_info=error,
            )
            return refusal(500, "processing failed; retry later")
        if not self.dedupe.complete(claim, plan.delivery_memory):
            log.warning(
                "%s delivery outlived its lease: another worker may have processed it too",
                plan.operation_id,
            )
        return ack_answer(plan, processed=True)

    # -- whole deliveries -------------------------------------------------------------------

    def handle(
        self,
        operation_id: str,
        body: bytes,
        content_type: str | None,
        process: Callable[[Any], object],
        parse: Callable[[Any], Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """Verify, claim and process one delivery, in this thread.

        Every valid delivery is answered with the exact ack the document wants once it has
        been processed; a repeated one is acknowledged without processing it again. While
        another worker is processing the same delivery the answer is 503 with Retry-After
        (see :func:`in_progress`). When ``process`` raises, the claim is released and the
        answer is 500, so that the vendor retries. ``process`` must be a plain function: an
        ``async def`` one goes to :meth:`handle_async` or :meth:`asgi`.
        """
        if inspect.iscoroutinefunction(process):
            raise TypeError("an async process needs Receiver.handle_async or Receiver.asgi")
        admitted = self.admit(operation_id, body, content_type, headers=headers)
        if isinstance(admitted, Answer):
            return admitted
        try:
            result = process(parse(admitted.values) if parse is not None else admitted.values)
            if inspect.isawaitable(result):
                _discard(result)
                raise TypeError("process returned an awaitable: use Receiver.handle_async")
        except Exception as exc:
            return self.finish(admitted, exc)
        except BaseException:
            self.dedupe.release(admitted.claim)  # interrupted: the vendor's retry processes it
            raise
        return self.finish(admitted)

    async def handle_async(
        self,
        operation_id: str,
        body: bytes,
        content_type: str | None,
        process: Callable[[Any], Any],
        parse: Callable[[Any], Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> Answer:
        """:meth:`handle` for an event loop: an ``async def`` process is awaited; a plain one,
        verification and the store run in worker threads, so a slow delivery never holds up
        the others."""
        from anyio import to_thread

        def admit() -> Answer | Delivery:
            return self.admit(operation_id, body, content_type, headers=headers)

        admitted = await to_thread.run_sync(admit)
        if isinstance(admitted, Answer):
            return admitted
        try:
            value = parse(admitted.values) if parse is not None else admitted.values
            if inspect.iscoroutinefunction(process):
                await process(value)
            else:
                result = await to_thread.run_sync(process, value)
                if inspect.isawaitable(result):
                    await result
        except Exception as exc:
            return await to_thread.run_sync(self.finish, admitted, exc)
        except BaseException:
            self.dedupe.release(admitted.claim)  # cancelled: the vendor's retry processes it
            raise
        return await to_thread.run_sync(self.finish, admitted)

    def asgi(
        self,
        operation_id: str,
        process: Callable[[Any], Any],
        parse: Callable[[Any], Any] | None = None,
    ) -> Callable[..., Awaitable[None]]:
        """An ASGI app that receives ``operation_id`` deliveries on any path (see
        :func:`jiaofei.receiver_apps.asgi_app`)."""
        from jiaofei.receiver_apps import asgi_app

        return asgi_app(self, operation_id, process, parse)

    def wsgi(
        self,
        operation_id: str,
        process: Callable[[Any], None],
        parse: Callable[[Any], Any] | None = None,
    ) -> Callable[..., Any]:
        """A WSGI app that receives ``operation_id`` deliveries on any path (see
        :func:`jiaofei.receiver_apps.wsgi_app`)."""
        from jiaofei.receiver_apps import wsgi_app

        return wsgi_app(self, operation_id, process, parse)


def in_progress(claim: Claim) -> Answer:
    """The answer to a delivery another worker is processing right now: 503 Service
    Unavailable with ``Retry-After`` (the seconds left on the holder's lease).

    Not the ack: the holder may still fail, and then the delivery must come again. Not a 4xx:
    vendors read a 4xx as "your request is wrong" and some stop retrying, whereas a 503 is the
    status HTTP defines for "temporarily unable, come back later", and every vendor retries a
    5xx.
    """
    seconds = max(1, math.ceil(claim.retry_after))
    return Answer(
        503,
        b"delivery in progress; retry later",
        TEXT,
        in_progress=True,
        headers=(("retry-after", str(seconds)),),
    )


def _discard(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)
    if close is not None:
        close()
