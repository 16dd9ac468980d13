"""Four uvicorn worker processes serving one receiver on a shared store (SQLite on this host,
Redis): 20 notifications × 10 copies fired at once are each processed exactly once and every
copy is finally acknowledged; a worker killed inside ``process`` leaves a claim that a retry
after the lease processes."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_callbacks import FORM, delivery

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 4
NOTIFICATIONS = 20
COPIES = 10

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(params=["sqlite", "redis"])
def workers(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    if request.param == "sqlite":
        where = f"sqlite:{tmp_path / 'claims.db'}"
    else:
        where = "redis:" + request.getfixturevalue("redis_url").replace("/0", "/1")
        import redis

        redis.Redis.from_url(where[len("redis:") :]).flushdb()
    log = tmp_path / "processed.log"
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)]),
        "RECEIVER_STORE": where,
        "RECEIVER_LOG": str(log),
        "RECEIVER_LEASE": "2",
    }
    command = [sys.executable, "-m", "uvicorn", "receiver_app:create", "--factory"]
    command += ["--workers", str(WORKERS), "--host", "127.0.0.1", "--port", str(port)]
    command += ["--log-level", "warning"]
    server = subprocess.Popen(command, env=env, cwd=tmp_path, start_new_session=True)
    url = f"http://127.0.0.1:{port}/notify"
    try:
        for _ in range(600):
            try:
                if httpx.get(url, timeout=1).status_code == 405:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, "uvicorn exited"
            time.sleep(0.1)
        yield url, log
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(10)


async def deliver_until_acked(client: httpx.AsyncClient, url: str, body: bytes) -> list[int]:
    """A vendor: send the delivery, and again after Retry-After while it is in progress, or
    at once when the connection failed (a kept-alive one the server closed as it was reused,
    on a loaded machine); such a failure is recorded as status 0."""
    statuses = []
    while True:
        try:
            answer = await client.post(url, content=body, headers={"Content-Type": FORM})
        except (httpx.ReadError, httpx.RemoteProtocolError):
            statuses.append(0)
            continue
        statuses.append(answer.status_code)
        if answer.status_code != 503:
            assert answer.text == "ok"
            return statuses
        await asyncio.sleep(float(answer.headers["retry-after"]))


def test_many_copies_across_workers_are_processed_once(workers: tuple[str, Path]) -> None:
    url, log = workers
    bodies = [delivery(order_no=f"W{n}") for n in range(NOTIFICATIONS)] * COPIES

    async def fire() -> list[list[int]]:
        limits = httpx.Limits(max_connections=len(bodies))
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            return await asyncio.gather(*(deliver_until_acked(client, url, b) for b in bodies))

    statuses = asyncio.run(fire())
    processed = Counter(line.split()[0] for line in log.read_text().splitlines())
    assert processed == Counter({f"W{n}": 1 for n in range(NOTIFICATIONS)})
    # Every copy ended with the exact ack; before it only "in progress" answers (or a failed
    # connection, retried).
    assert all(s[-1] == 200 and set(s[:-1]) <= {503, 0} for s in statuses)


def test_a_worker_killed_inside_process_leaves_a_delivery_the_retry_processes(
    workers: tuple[str, Path],
) -> None:
    url, log = workers
    body = delivery(order_no="KILL1")
    marker = Path(f"{log}.KILL1.pid")
    with httpx.Client(timeout=60) as client:
        try:
            client.post(url, content=body, headers={"Content-Type": FORM}, timeout=1)
        except httpx.TimeoutException:
            pass
        for _ in range(600):
            if marker.exists():
                break
            time.sleep(0.05)
        os.kill(int(marker.read_text()), signal.SIGKILL)
        answers = []
        while True:  # the vendor's retries: in progress until the dead worker's lease lapses
            answer = client.post(url, content=body, headers={"Content-Type": FORM})
            answers.append((answer.status_code, answer.text))
            if answer.status_code != 503:
                break
            time.sleep(float(answer.headers["retry-after"]))
    assert answers[-1] == (200, "ok")
    assert all(status == 503 for status, _ in answers[:-1])
    assert log.read_text().split()[0] == "KILL1" and len(log.read_text().splitlines()) == 1
