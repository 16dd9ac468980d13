"""Claims in this process's memory: the default store, right for a single worker process."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

from jiaofei.stores.claims import Claim, ClaimStatus, new_token


class _Entry(NamedTuple):
    token: str
    done: bool
    expires: float


class MemoryDedupe:
    """Claims of the most recent ``capacity`` deliveries, behind one lock. Forgotten by a
    restart and invisible to other processes: use SqliteDedupe or RedisDedupe for those."""

    def __init__(
        self, capacity: int = 100_000, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._capacity = capacity
        self._clock = clock
        self._lock = threading.Lock()

    def claim(self, key: str, lease_seconds: float) -> Claim:
        with self._lock:
            now = self._clock()
            entry = self._entries.get(key)
            if entry is not None and entry.expires > now:
                if entry.done:
                    return Claim(key, ClaimStatus.DONE)
                return Claim(key, ClaimStatus.BUSY, retry_after=entry.expires - now)
            token = new_token()
            self._put(key, _Entry(token, False, now + lease_seconds))
            return Claim(key, ClaimStatus.CLAIMED, token)

    def complete(self, claim: Claim, remember_seconds: float) -> bool:
        with self._lock:
            now = self._clock()
            entry = self._entries.get(claim.key)
            if entry is not None and entry.token != claim.token and entry.expires > now:
                return entry.done
            self._put(claim.key, _Entry(claim.token, True, now + remember_seconds))
            return True

    def release(self, claim: Claim) -> None:
        with self._lock:
            entry = self._entries.get(claim.key)
            if entry is not None and entry.token == claim.token and not entry.done:
                del self._entries[claim.key]

    def _put(self, key: str, entry: _Entry) -> None:
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self._capacity:
            self._entries.popitem(last=False)
