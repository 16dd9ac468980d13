from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest

from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import RunningServer, serve_in_thread

KEY = "k3y"
UID = "3928857"


def md5_hex(text: str) -> str:
    """The document's rule, written out independently of the project's signer."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


@pytest.fixture
def sandbox() -> Iterator[RunningServer]:
    app = create_app("recharge-upstream", KEY, retry_delay=0.05)
    with serve_in_thread(app) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server
    assert app.state.sandbox.internal_errors == 0


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
