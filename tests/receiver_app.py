"""A receiver app for uvicorn worker processes (``receiver_app:create --factory``), configured
from the environment by tests/test_receiver_workers.py.

RECEIVER_STORE: ``sqlite:<path>`` or ``redis:<url>``; RECEIVER_LOG: a file each processed
delivery is appended to (one line, one write); RECEIVER_LEASE: the lease in seconds. A delivery
whose order number starts with ``KILL`` writes the worker's pid to ``<log>.<order>.pid`` and
then hangs inside ``process``, waiting to be killed (the first time only).
"""

from __future__ import annotations

import os
import time
from typing import Any

from jiaofei.recharge_upstream import OrderNotify, Receiver
from jiaofei.stores import DedupeStore, RedisDedupe, SqliteDedupe

from conftest import KEY


def store(spec: str) -> DedupeStore:
    kind, _, where = spec.partition(":")
    return SqliteDedupe(where) if kind == "sqlite" else RedisDedupe.from_url(where)


def create() -> Any:
    log = os.environ["RECEIVER_LOG"]

    def process(notify: OrderNotify) -> None:
        marker = f"{log}.{notify.order_no}.pid"
        if notify.order_no.startswith("KILL") and not os.path.exists(marker):
            with open(marker + ".tmp", "w") as written:
                written.write(str(os.getpid()))
            os.rename(marker + ".tmp", marker)
            time.sleep(3600)
        time.sleep(0.02)  # long enough for copies arriving together to meet in the store
        line = f"{notify.order_no} {os.getpid()}\n".encode()
        descriptor = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
        try:
            os.write(descriptor, line)
        finally:
            os.close(descriptor)

    receiver = Receiver(
        md5_key=KEY,
        dedupe=store(os.environ["RECEIVER_STORE"]),
        lease_seconds=float(os.environ["RECEIVER_LEASE"]),
    )
    return receiver.asgi("order_notify", process, OrderNotify.from_dict)
