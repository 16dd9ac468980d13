"""When and how long to wait before repeating a call."""

from __future__ import annotations

import email.utils
import random
import time
from typing import NamedTuple

import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


class RetryPolicy(NamedTuple):
    """Exponential backoff with full jitter, capped, honouring ``Retry-After``.

    Only operations the spec marks ``x-idempotent: true`` are retried, unless the client was
    built with ``retry_unsafe=True``.
    """

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    retry_unsafe: bool = False

    def attempts(self, idempotent: bool) -> int:
        return 1 + (self.max_retries if idempotent or self.retry_unsafe else 0)

    def should_retry(self, response: httpx.Response) -> bool:
        return response.status_code in RETRY_STATUSES

    def delay(self, retry: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if response is not None:
            after = retry_after(response)
            if after is not None:
                return min(after, self.max_delay * 4)
        ceiling = min(self.max_delay, self.base_delay * (2**retry))
        return random.uniform(ceiling / 2, ceiling)  # noqa: S311 - jitter, not crypto


def retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        parsed = email.utils.parsedate_to_datetime(value) if value else None
        return max(0.0, parsed.timestamp() - time.time()) if parsed else None
