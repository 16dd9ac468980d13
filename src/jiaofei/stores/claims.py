"""The claim protocol a receiver's delivery store speaks.

A delivery is *claimed* before it is processed: one worker wins the claim, every other one
sees the delivery as ``done`` (processed: acknowledge it again) or ``busy`` (another worker is
processing it now: ask the vendor to retry later). The winner *completes* the claim when its
``process`` returned, or *releases* it when ``process`` failed, so that the vendor's retry
processes the delivery. A claim whose holder crashed lapses after its lease.

Every claim carries a token that only its holder knows: completing or releasing acts on the
store only while the claim is still the holder's, never on a claim another worker took over
after the lease lapsed.
"""

from __future__ import annotations

import enum
import secrets
from typing import NamedTuple, Protocol


class ClaimStatus(enum.Enum):
    CLAIMED = "claimed"  # this worker holds the delivery: process it, then complete or release
    DONE = "done"  # processed before: acknowledge without processing
    BUSY = "busy"  # another worker holds it now: have the vendor retry later


class Claim(NamedTuple):
    key: str
    status: ClaimStatus
    token: str = ""
    retry_after: float = 0.0  # BUSY: seconds until the holder's lease lapses


class DedupeStore(Protocol):
    """Where a receiver's claims live: :class:`~jiaofei.stores.MemoryDedupe` (one process),
    :class:`~jiaofei.stores.SqliteDedupe` (processes on one host),
    :class:`~jiaofei.stores.RedisDedupe` (many hosts), or your own."""

    def claim(self, key: str, lease_seconds: float) -> Claim:
        """Atomically claim ``key`` for ``lease_seconds`` unless it is done or held."""
        ...

    def complete(self, claim: Claim, remember_seconds: float) -> bool:
        """Mark the claimed delivery processed for ``remember_seconds``; False when the claim
        had lapsed and another worker holds the delivery."""
        ...

    def release(self, claim: Claim) -> None:
        """Give the delivery up unprocessed (if the claim is still this holder's)."""
        ...


def new_token() -> str:
    return secrets.token_hex(16)
