"""Where a receiver keeps its claims on deliveries (see :mod:`jiaofei.stores.claims`).

``MemoryDedupe`` (the default) serves one process, ``SqliteDedupe(path)`` the processes of one
host, ``RedisDedupe.from_url("redis://...")`` many hosts (``pip install 'jiaofei[redis]'``).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from jiaofei.stores.claims import Claim, ClaimStatus, DedupeStore
from jiaofei.stores.memory import MemoryDedupe

if TYPE_CHECKING:
    from jiaofei.stores.redis import RedisDedupe
    from jiaofei.stores.sqlite import SqliteDedupe

# The shared stores load on first use (PEP 562): a receiver on the default store, and every
# client, never imports sqlite3 or the redis extra's wrapper.
_LAZY = {"RedisDedupe": "jiaofei.stores.redis", "SqliteDedupe": "jiaofei.stores.sqlite"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Claim",
    "ClaimStatus",
    "DedupeStore",
    "MemoryDedupe",
    "RedisDedupe",
    "SqliteDedupe",
]
