"""The runtime behind every generated ``Client`` and ``AsyncClient``.

A client holds its settings, an httpx client with an explicit timeout, TLS verification on,
and a retry policy; each call builds its request from the operation's compiled plan
(:mod:`jiaofei.request_builder`), sends it, and reads the reply (:mod:`jiaofei.reply_reader`).
"""

from __future__ import annotations

import copy
import logging
import os
import ssl
import time
from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NamedTuple, TypeVar

import httpx

from jiaofei import errors
from jiaofei.logs import configure_from_env
from jiaofei.plan import ApiPlan, OperationPlan
from jiaofei.reply_reader import ReplyReader, parse_reply, payload
from jiaofei.request_builder import Prepared, RequestBuilder
from jiaofei.retries import RetryPolicy
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.tls import Cert, client_context

__all__ = ["DEFAULT_TIMEOUT", "AsyncApiClient", "RawResponse", "SyncApiClient", "payload"]

log = logging.getLogger("jiaofei")

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
REDACTED = "***"

T = TypeVar("T")
Parse = Callable[[Any], Any] | None


class RawResponse(NamedTuple):
    """A success with the HTTP response it came in (``client.with_raw_response.<call>()``)."""

    parsed: Any
    http: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers


class _ClientBase:
    api_name: ClassVar[str] = ""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        settings: Mapping[str, str | Secret | None],
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        encoding: str | None = None,
        max_retries: int = 2,
        retry_unsafe: bool = False,
        verify: bool | str | ssl.SSLContext = True,
        cert: Cert | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        configure_from_env()
        self.api = ApiPlan.load(self.api_name)
        self.settings = Settings(self.api, settings)
        prefix = self.api.env_prefix
        self.base_url = base_url or os.environ.get(prefix + "BASE_URL") or self.api.default_server
        if timeout is None:
            raise ValueError("a timeout is required: pass seconds or an httpx.Timeout")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        signers = Signers(self.settings)
        self.requests = RequestBuilder(
            self.settings, signers, encoding or os.environ.get(prefix + "ENCODING")
        )
        self.replies = ReplyReader(signers)
        self._secret_texts = frozenset(self.settings.secret_texts())
        self.retry = RetryPolicy(max_retries=max_retries, retry_unsafe=retry_unsafe)
        self._http_options: dict[str, Any] = {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "verify": client_context(verify, cert),
            "headers": dict(headers or {}),
            "follow_redirects": False,
        }
        # Each operation's URL, joined to the base URL once (httpx parses both on every
        # request it builds): path -> httpx.URL.
        self._urls: dict[str, httpx.URL] = {}

    _raw = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, settings={self.settings!r})"

    @property
    def with_raw_response(self: T) -> T:
        """The same client (same connections), whose calls return :class:`RawResponse`."""
        clone = copy.copy(self)
        clone._raw = True  # type: ignore[attr-defined]
        return clone

    def _request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        prepared: Prepared,
        timeout: float | None,
        extra_headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        headers = {**prepared.headers, **(extra_headers or {})}
        extensions = {"timeout": httpx.Timeout(timeout).as_dict()} if timeout is not None else None
        url = None if prepared.params or http.cookies else self._urls.get(prepared.path)
        if url is None:
            request = http.build_request(
                prepared.method,
                prepared.path,
                params=prepared.params or None,
                headers=headers,
                content=prepared.content or None,
                extensions=extensions,
            )
            if not prepared.params:
                self._urls[prepared.path] = request.url
        else:
            # What build_request makes, from the URL it made before for this path.
            merged = httpx.Headers(http.headers)
            merged.update(headers)
            request = httpx.Request(
                prepared.method,
                url,
                headers=merged,
                content=prepared.content or None,
                extensions=extensions or {"timeout": http.timeout.as_dict()},
            )
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "-> %s %s %s",
                prepared.method,
                request.url.path,
                self.redact(prepared.message),
            )
        return request

    def _finish(
        self, prepared: Prepared, response: httpx.Response, started: float, parse: Parse
    ) -> Any:
        log.info(
            "<- %s %s %d (%.0f ms)",
            prepared.method,
            prepared.path,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        plan = prepared.plan
        body = self.replies.read(plan, response)
        if log.isEnabledFor(logging.DEBUG) and isinstance(body, dict):
            log.debug("<- body %s", self.redact(body))
        parsed = parse_reply(plan, body, parse, response) if parse is not None else body
        return RawResponse(parsed, response) if self._raw else parsed

    def redact(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """``message`` for a log line: signatures and secrets replaced."""
        signatures, secrets = self.api.signature_fields, self._secret_texts
        return {
            k: REDACTED if k in signatures or (isinstance(v, str) and v in secrets) else v
            for k, v in message.items()
        }

    def _plan(self, operation_id: str) -> OperationPlan:
        return self.api.operation(operation_id)

    @staticmethod
    def _transport_error(op_id: str, exc: httpx.TransportError) -> errors.TransportError:
        if isinstance(exc, httpx.TimeoutException):
            return errors.TimeoutError(f"{op_id}: no answer in time ({type(exc).__name__})")
        return errors.TransportError(f"{op_id}: {type(exc).__name__}: {exc}")


class SyncApiClient(_ClientBase):
    def __init__(
        self,
        base_url: str | None = None,
        *,
        settings: Mapping[str, str | Secret | None],
        transport: httpx.BaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(base_url, settings=settings, **options)
        self._http = httpx.Client(transport=transport, **self._http_options)

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def _call(
        self,
        operation_id: str,
        fields: Mapping[str, Any],
        parse: Parse = None,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        plan = self._plan(operation_id)
        prepared = self.requests.build(plan, fields)
        attempts = self.retry.attempts(plan.idempotent)
        for attempt in range(attempts):
            request = self._request(self._http, prepared, timeout, extra_headers)
            started = time.perf_counter()
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if attempt + 1 < attempts:
                    time.sleep(self.retry.delay(attempt))
                    continue
                raise self._transport_error(operation_id, exc) from None
            if attempt + 1 < attempts and self.retry.should_retry(response):
                time.sleep(self.retry.delay(attempt, response))
                continue
            return self._finish(prepared, response, started, parse)
        raise AssertionError("unreachable")

    def call(self, operation_id: str, **fields: Any) -> Any:
        """Call any operation by its operationId with wire field names; returns the decoded,
        verified reply body."""
        return self._call(operation_id, fields)


class AsyncApiClient(_ClientBase):
    def __init__(
        self,
        base_url: str | None = None,
        *,
        settings: Mapping[str, str | Secret | None],
        transport: httpx.AsyncBaseTransport | None = None,
        **options: Any,
    ) -> None:
        super().__init__(base_url, settings=settings, **options)
        self._http = httpx.AsyncClient(transport=transport, **self._http_options)

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def _call(
        self,
        operation_id: str,
        fields: Mapping[str, Any],
        parse: Parse = None,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        plan = self._plan(operation_id)
        prepared = self.requests.build(plan, fields)
        attempts = self.retry.attempts(plan.idempotent)
        for attempt in range(attempts):
            request = self._request(self._http, prepared, timeout, extra_headers)
            started = time.perf_counter()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if attempt + 1 < attempts:
                    await _sleep(self.retry.delay(attempt))
                    continue
                raise self._transport_error(operation_id, exc) from None
            if attempt + 1 < attempts and self.retry.should_retry(response):
                await _sleep(self.retry.delay(attempt, response))
                continue
            return self._finish(prepared, response, started, parse)
        raise AssertionError("unreachable")

    async def call(self, operation_id: str, **fields: Any) -> Any:
        return await self._call(operation_id, fields)


async def _sleep(seconds: float) -> None:
    # Imported here: the async client runs inside an event loop that has asyncio loaded, and
    # the sync client should not pay for importing it.
    import asyncio

    await asyncio.sleep(seconds)
