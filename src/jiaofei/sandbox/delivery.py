"""Sending the vendor's callbacks from the sandbox: signed, retried as the document says, and
only to allowed hosts (a fuzzer's arbitrary notify_url is recorded, never contacted)."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from jiaofei import wire
from jiaofei.pipeline import Pipeline
from jiaofei.settings import Settings
from jiaofei.spec import Operation

log = logging.getLogger("jiaofei.sandbox")

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
        self.pipeline = Pipeline(settings.spec, settings)
        self.allowed_hosts = tuple(allowed_hosts)
        self.retry_delay = retry_delay
        self.deliveries: list[Delivery] = []
        self._tasks: set[asyncio.Task[None]] = set()

    def signed_body(self, op: Operation, body: Mapping[str, Any]) -> dict[str, Any]:
        message = dict(body)
        if op.signing is not None:
            self.settings.sign_into(message, op.signing)
        return message

    def send(self, op: Operation, url: str, body: Mapping[str, Any]) -> Delivery:
        message = self.signed_body(op, body)
        delivery = Delivery(
            op.operation_id, url, message, contacted=host_allowed(url, self.allowed_hosts)
        )
        self.deliveries.append(delivery)
        if delivery.contacted:
            task = asyncio.get_running_loop().create_task(self._deliver(op, delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            log.info("callback to %s recorded, not sent (host not allowed)", url)
        return delivery

    async def _deliver(self, op: Operation, delivery: Delivery) -> None:
        media = op.request_media_types[0] if op.request_media_types else wire.JSON
        content = wire.encode(delivery.body, media)
        ack = op.extension.get("callback", {}).get("ack", "")
        attempts = int(op.raw.get("x-retry", {}).get("attempts", 1))
        async with httpx.AsyncClient(timeout=5.0, follow_redirects=False) as client:
            for attempt in range(attempts):
                delivery.attempts = attempt + 1
                try:
                    # Credential headers are made per attempt: a retry carries a fresh timestamp.
                    headers = {"Content-Type": media, **self.pipeline.credential_headers(op, {})}
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


def _acknowledges(text: str, ack: Any) -> bool:
    if isinstance(ack, str):
        return text.strip() == ack
    return True
