"""Sending the vendor's callbacks from the sandbox: signed, retried as the document says, and
only to allowed hosts (a fuzzer's arbitrary notify_url is recorded, never contacted)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from jiaofei import messages, wire
from jiaofei.plan import OperationPlan
from jiaofei.request_builder import RequestBuilder
from jiaofei.sandbox.scenarios import tampered
from jiaofei.settings import Settings
from jiaofei.signers import Signers

log = logging.getLogger("jiaofei.sandbox")

LOOPBACK = ("127.0.0.1", "localhost", "::1")
KEPT_DELIVERIES = 1000


@dataclass
class Delivery:
    operation: str
    url: str
    body: dict[str, Any]
    contacted: bool
    attempts: int = 0
    acknowledged: bool = False
    answers: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def host_allowed(url: str, allowed: Iterable[str]) -> bool:
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    allowed = set(allowed)
    if host in allowed:
        return True
    if "loopback" in allowed:
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"
    return False


class Deliverer:
    def __init__(
        self, settings: Settings, allowed_hosts: Iterable[str], retry_delay: float = 0.2
    ) -> None:
        self.settings = settings
        self.signers = Signers(settings)
        self.requests = RequestBuilder(settings, self.signers)
        self.allowed_hosts = tuple(allowed_hosts)
        self.retry_delay = retry_delay
        # The recent deliveries (for /_sandbox/deliveries); older ones are dropped.
        self.deliveries: deque[Delivery] = deque(maxlen=KEPT_DELIVERIES)
        self._tasks: set[asyncio.Task[None]] = set()

    def signed_body(self, op: OperationPlan, body: Mapping[str, Any]) -> dict[str, Any]:
        message = dict(body)
        if op.signing is not None:
            self.signers.sign_into(op.signing, message)
        return message

    def send(
        self,
        op: OperationPlan,
        url: str,
        body: Mapping[str, Any],
        *,
        delay: float = 0.0,
        copies: int = 1,
        bad_signature: bool = False,
    ) -> list[Delivery]:
        """Deliver ``body`` signed, after ``delay`` seconds, ``copies`` times one after the
        other; ``bad_signature`` sends it with a wrong signature (scenarios)."""
        message = self.signed_body(op, body)
        if bad_signature and op.signing is not None:
            message[op.signing.signature] = tampered(str(message[op.signing.signature]))
        contacted = host_allowed(url, self.allowed_hosts)
        sent = [Delivery(op.operation_id, url, dict(message), contacted) for _ in range(copies)]
        self.deliveries.extend(sent)
        if contacted:
            task = asyncio.get_running_loop().create_task(self._deliver_all(op, sent, delay))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            log.info("callback to %s recorded, not sent (host not allowed)", url)
        return sent

    async def _deliver_all(self, op: OperationPlan, sent: list[Delivery], delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        for delivery in sent:
            await self._deliver(op, delivery)

    async def _deliver(self, op: OperationPlan, delivery: Delivery) -> None:
        media = op.media_type() or wire.JSON
        content = messages.encode(delivery.body, media)
        ack = op.ack.text
        attempts = op.delivery_attempts
        async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
            for attempt in range(attempts):
                delivery.attempts = attempt + 1
                try:
                    # Credential headers are made per attempt: a retry carries a fresh timestamp.
                    headers = {"Content-Type": media, **self.requests.credential_headers(op, {})}
                    response = await client.post(delivery.url, content=content, headers=headers)
                    delivery.answers.append(f"{response.status_code} {response.text[:80]}")
                    if response.is_success and _acknowledges(response.text, ack):
                        delivery.acknowledged = True
                        return
                except httpx.HTTPError as exc:
                    delivery.answers.append(type(exc).__name__)
                await asyncio.sleep(self.retry_delay * (attempt + 1))

    async def drain(self) -> None:
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)


def _acknowledges(text: str, ack: str | None) -> bool:
    """A text ack must be the answer; a structured one is not compared."""
    return ack is None or text.strip() == ack
