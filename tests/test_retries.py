"""The retry policy: backoff with jitter, Retry-After honoured, unsafe calls not repeated."""

from __future__ import annotations

import httpx
import pytest

from jiaofei.retries import RetryPolicy


def response(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


def test_retry_after_seconds_is_honoured() -> None:
    assert RetryPolicy().delay(0, response(503, **{"Retry-After": "3"})) == 3.0


def test_retry_after_http_date_is_honoured() -> None:
    delay = RetryPolicy().delay(
        0, response(429, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    )
    assert delay == 0.0


@pytest.mark.parametrize("retry", [0, 1, 2, 5])
def test_backoff_is_exponential_with_jitter_and_capped(retry: int) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0)
    ceiling = min(4.0, 0.5 * 2**retry)
    delays = {policy.delay(retry) for _ in range(50)}
    assert all(ceiling / 2 <= d <= ceiling for d in delays)
    assert len(delays) > 1


def test_only_idempotent_calls_are_retried_unless_opted_in() -> None:
    assert RetryPolicy(max_retries=2).attempts(idempotent=True) == 3
    assert RetryPolicy(max_retries=2).attempts(idempotent=False) == 1
    assert RetryPolicy(max_retries=2, retry_unsafe=True).attempts(idempotent=False) == 3
