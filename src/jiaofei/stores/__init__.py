"""Where a receiver keeps its claims on deliveries (see :mod:`jiaofei.stores.claims`).

``MemoryDedupe`` (the default) serves one process, ``SqliteDedupe(path)`` the processes of one
host, ``RedisDedupe.from_url("redis://...")`` many hosts (``pip install 'jiaofei[redis]'``).
"""

from __future__ import annotations

from jiaofei.stores.claims import Claim, ClaimStatus, DedupeStore
from jiaofei.stores.memory import MemoryDedupe
from jiaofei.stores.redis import RedisDedupe
from jiaofei.stores.sqlite import SqliteDedupe

__all__ = [
    "Claim",
    "ClaimStatus",
    "DedupeStore",
    "MemoryDedupe",
    "RedisDedupe",
    "SqliteDedupe",
]
