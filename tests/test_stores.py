"""Claims on deliveries in every store: one winner, done after processing, released on
failure, lapsed after the lease; and 50 threads handing a receiver one delivery."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from test_callbacks import FORM, delivery

from jiaofei.callbacks import Answer
from jiaofei.recharge_upstream import Receiver
from jiaofei.stores import ClaimStatus, DedupeStore, MemoryDedupe, RedisDedupe, SqliteDedupe

from conftest import KEY

STORES = ["memory", "sqlite", "redis"]


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DedupeStore]:
    if request.param == "memory":
        yield MemoryDedupe()
    elif request.param == "sqlite":
        yield SqliteDedupe(tmp_path / "claims.db")
    else:
        url = request.getfixturevalue("redis_url")
        found = RedisDedupe.from_url(url, prefix=f"test:{uuid.uuid4().hex}:")
        yield found
        found.client.close()


def eventually(check: Callable[[], bool], seconds: float = 30) -> bool:
    """Poll ``check`` until it holds (a bound against hanging, not a timing assertion)."""
    end = time.monotonic() + seconds
    while not check():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


def test_one_claim_wins_until_completed(store: DedupeStore) -> None:
    first = store.claim("d1", 30)
    assert first.status is ClaimStatus.CLAIMED and first.token
    held = store.claim("d1", 30)
    assert held.status is ClaimStatus.BUSY and 0 < held.retry_after <= 30
    assert store.complete(first, 60)
    assert store.claim("d1", 30).status is ClaimStatus.DONE


def test_a_released_claim_is_claimed_again(store: DedupeStore) -> None:
    first = store.claim("d2", 30)
    store.release(first)
    again = store.claim("d2", 30)
    assert again.status is ClaimStatus.CLAIMED and again.token != first.token


def test_a_lapsed_claim_is_taken_over_and_its_old_holder_cannot_touch_it(
    store: DedupeStore,
) -> None:
    crashed = store.claim("d3", 0.2)
    seen: list[ClaimStatus] = []

    def taken_over() -> bool:
        seen.append(store.claim("d3", 30).status)
        return seen[-1] is ClaimStatus.CLAIMED

    assert eventually(taken_over)
    assert set(seen[:-1]) <= {ClaimStatus.BUSY}
    store.release(crashed)  # too late: the claim is another worker's now
    assert store.claim("d3", 30).status is ClaimStatus.BUSY
    assert not store.complete(crashed, 60)
    assert store.claim("d3", 30).status is ClaimStatus.BUSY


def test_a_done_delivery_is_forgotten_after_remember_seconds(store: DedupeStore) -> None:
    assert store.complete(store.claim("d4", 30), 0.2)
    assert eventually(lambda: store.claim("d4", 30).status is ClaimStatus.CLAIMED)


def test_sqlite_claims_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    first = SqliteDedupe(path)
    assert first.complete(first.claim("d5", 30), 3600)
    held = first.claim("d6", 3600)
    restarted = SqliteDedupe(path)
    assert restarted.claim("d5", 30).status is ClaimStatus.DONE
    assert restarted.claim("d6", 30).status is ClaimStatus.BUSY
    assert held.status is ClaimStatus.CLAIMED


THREADS = 50


def test_fifty_threads_one_delivery_one_process(store: DedupeStore) -> None:
    """While the winner is inside ``process`` every other copy is answered 503 in progress;
    after it returned, every copy is answered the exact ack as a duplicate."""
    receiver = Receiver(md5_key=KEY, dedupe=store)
    body = delivery(order_no="T50")
    processed: list[object] = []
    answers: list[Answer] = []
    answered = threading.Condition()
    let_winner_finish = threading.Event()
    start = threading.Barrier(THREADS)

    def process(notify: object) -> None:
        processed.append(notify)
        assert let_winner_finish.wait(60)

    def deliver() -> None:
        start.wait()
        answer = receiver.handle("order_notify", body, FORM, process)
        with answered:
            answers.append(answer)
            answered.notify_all()

    threads = [threading.Thread(target=deliver) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    with answered:
        assert answered.wait_for(lambda: len(answers) == THREADS - 1, 60)
    let_winner_finish.set()
    for thread in threads:
        thread.join(60)

    assert len(processed) == 1
    winners = [a for a in answers if a.processed]
    assert len(winners) == 1 and (winners[0].status, winners[0].body) == (200, b"ok")
    busy = [a for a in answers if not a.processed]
    assert len(busy) == THREADS - 1
    assert all(a.status == 503 and a.in_progress for a in busy)
    assert all(dict(a.headers)["retry-after"].isdigit() for a in busy)

    retries: list[Answer] = []
    again = [
        threading.Thread(
            target=lambda: retries.append(receiver.handle("order_notify", body, FORM, process))
        )
        for _ in range(THREADS)
    ]
    for thread in again:
        thread.start()
    for thread in again:
        thread.join(60)
    assert len(processed) == 1
    assert [(a.status, a.body, a.duplicate) for a in retries] == [(200, b"ok", True)] * THREADS


def test_redis_store_reads_its_states_from_a_decoding_client(redis_url: str) -> None:
    store = RedisDedupe.from_url(
        redis_url, prefix=f"test:{uuid.uuid4().hex}:", decode_responses=True
    )
    assert store.complete(store.claim("d7", 30), 60)
    assert store.claim("d7", 30).status is ClaimStatus.DONE
    assert store.claim("d8", 30).status is ClaimStatus.CLAIMED
    assert store.claim("d8", 30).status is ClaimStatus.BUSY
    store.client.close()
