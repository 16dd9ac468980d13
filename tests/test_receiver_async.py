"""The ASGI app over real HTTP: an ``async def`` process is awaited, a plain one runs off the
event loop, so that one slow delivery never holds up another."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
from test_callbacks import FORM, delivery

from jiaofei.recharge_upstream import OrderNotify, Receiver
from jiaofei.sandbox.server import serve_in_thread

from conftest import KEY


def post(url: str, body: bytes) -> httpx.Response:
    return httpx.post(url, content=body, headers={"Content-Type": FORM}, timeout=30)


def test_an_async_process_is_awaited_before_the_ack() -> None:
    done: list[str] = []

    async def process(notify: OrderNotify) -> None:
        await asyncio.sleep(0.05)
        done.append(notify.order_no)

    app = Receiver(md5_key=KEY).asgi("order_notify", process, OrderNotify.from_dict)
    with serve_in_thread(app) as inbox:
        first = post(f"{inbox.url}/notify", delivery(order_no="A1"))
        assert done == ["A1"]  # finished before the ack went out
        again = post(f"{inbox.url}/notify", delivery(order_no="A1"))
    assert (first.status_code, first.text) == (200, "ok")
    assert (again.status_code, again.text) == (200, "ok")
    assert done == ["A1"]


def test_an_async_process_that_fails_is_answered_500_and_retried() -> None:
    calls: list[str] = []

    async def process(notify: OrderNotify) -> None:
        calls.append(notify.order_no)
        if len(calls) == 1:
            raise RuntimeError("database down")

    app = Receiver(md5_key=KEY).asgi("order_notify", process, OrderNotify.from_dict)
    with serve_in_thread(app) as inbox:
        failed = post(f"{inbox.url}/notify", delivery(order_no="A2"))
        retried = post(f"{inbox.url}/notify", delivery(order_no="A2"))
    assert failed.status_code == 500 and len(failed.content) < 100
    assert (retried.status_code, retried.text) == (200, "ok")
    assert calls == ["A2", "A2"]


def overlapping(process_kind: str) -> dict[str, tuple[float, float]]:
    """Two deliveries at once to a 1 s process: when each one's process ran."""
    ran: dict[str, tuple[float, float]] = {}
    both_started = threading.Barrier(2)

    def slow(notify: OrderNotify) -> None:
        started = time.monotonic()
        both_started.wait(30)  # returns only when the other delivery's process is running too
        time.sleep(1)
        ran[notify.order_no] = (started, time.monotonic())

    async def slow_async(notify: OrderNotify) -> None:
        started = time.monotonic()
        await asyncio.sleep(1)
        ran[notify.order_no] = (started, time.monotonic())

    process = slow if process_kind == "sync" else slow_async
    app = Receiver(md5_key=KEY).asgi("order_notify", process, OrderNotify.from_dict)
    answers: list[httpx.Response] = []
    with serve_in_thread(app) as inbox:
        threads = [
            threading.Thread(
                target=lambda n=n: answers.append(post(f"{inbox.url}/n", delivery(order_no=n)))
            )
            for n in ("S1", "S2")
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert [a.status_code for a in answers] == [200, 200]
    return ran


def test_two_slow_sync_deliveries_run_side_by_side() -> None:
    ran = overlapping("sync")
    (start1, end1), (start2, end2) = ran["S1"], ran["S2"]
    assert start1 < end2 and start2 < end1  # each began before the other finished


def test_two_slow_async_deliveries_run_side_by_side() -> None:
    ran = overlapping("async")
    (start1, end1), (start2, end2) = ran["S1"], ran["S2"]
    assert start1 < end2 and start2 < end1
