from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import RunningServer, serve_in_thread

pytest_plugins = ["redis_server"]

# Speed is measured in benchmarks, never in tests: on two busy cores a draw or an example may
# take a second, which says nothing about the property under test.
settings.register_profile("jiaofei", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("jiaofei")

KEY = "k3y"
UID = "3928857"
CMCC_TOKEN = "cmcc-token"


# The longest runs first. pytest-xdist hands tests to workers as they free up (the nox
# sessions use --dist loadgroup), so the long runs start at once on separate workers and the
# quick tests fill the gaps; a long run collected last would leave the other workers idle.
LONGEST_FIRST = ("test_schemathesis.py", "test_contract_kit.py", "test_wheel.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> tuple[int, int]:
        name = item.path.name
        first = LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)
        return (item.get_closest_marker("slow") is None, first)

    items.sort(key=rank)


def md5_hex(text: str) -> str:
    """The document's rule, written out independently of the project's signer."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


class CurrentApp:
    """An ASGI app that hands each request to whichever app a test installed last."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


class ServerPool:
    """Loopback HTTP servers kept for the session and lent to one test at a time, each serving
    the app that test brings: a fresh app (no state, nothing counted) per test without a
    server start and shutdown (0.2 s) per test."""

    def __init__(self) -> None:
        self.idle: list[tuple[RunningServer, CurrentApp]] = []
        self.lent: list[tuple[RunningServer, CurrentApp]] = []

    def serve(self, app: Any) -> RunningServer:
        if self.idle:
            server, current = self.idle.pop()
        else:
            current = CurrentApp()
            server = serve_in_thread(current)
        current.app = app
        self.lent.append((server, current))
        view = RunningServer(server.url, server.server, server.thread)
        view.app = app  # type: ignore[attr-defined]
        return view

    def give_back(self) -> None:
        self.idle.extend(self.lent)
        self.lent.clear()

    def close(self) -> None:
        for server, _ in self.idle + self.lent:
            server.stop()


@pytest.fixture(scope="session")
def _server_pool() -> Iterator[ServerPool]:
    pool = ServerPool()
    yield pool
    pool.close()


@pytest.fixture
def serve_fresh(_server_pool: ServerPool) -> Iterator[Any]:
    """``serve_fresh(app)``: a running server (``.url``, ``.app``) for ``app`` during this test."""
    yield _server_pool.serve
    _server_pool.give_back()


@pytest.fixture
def sandbox(serve_fresh: Any) -> Iterator[RunningServer]:
    app = create_app("recharge-upstream", KEY, retry_delay=0.05)
    yield serve_fresh(app)
    assert app.state.sandbox.internal_errors == 0


@pytest.fixture
def unused_port() -> int:

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class TlsFiles:
    """PEM files made at run time: a CA, the server's certificate and a client's."""

    ca: str
    server: str
    client: str
    stranger: str  # a client certificate from another CA


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    import trustme

    folder = tmp_path_factory.mktemp("tls")
    ca, other_ca = trustme.CA(), trustme.CA()
    paths = {name: str(folder / f"{name}.pem") for name in ("ca", "server", "client", "stranger")}
    ca.cert_pem.write_to_path(paths["ca"])
    ca.issue_cert("127.0.0.1", "localhost").private_key_and_cert_chain_pem.write_to_path(
        paths["server"]
    )
    ca.issue_cert("integrator.example.com").private_key_and_cert_chain_pem.write_to_path(
        paths["client"]
    )
    other_ca.issue_cert("stranger.example.com").private_key_and_cert_chain_pem.write_to_path(
        paths["stranger"]
    )
    return TlsFiles(**paths)


@pytest.fixture(scope="session")
def _cmcc_server(tls_files: TlsFiles) -> Iterator[tuple[RunningServer, CurrentApp]]:
    """One mutual-TLS server for the session: a TLS server's shutdown waits out its clients'
    open connections (about a second), too long to pay once per test."""
    current = CurrentApp()
    with serve_in_thread(
        current, certfile=tls_files.server, ca_certs=tls_files.ca, require_client_cert=True
    ) as server:
        yield server, current


@pytest.fixture
def cmcc_sandbox(_cmcc_server: tuple[RunningServer, CurrentApp]) -> Iterator[RunningServer]:
    """The cmcc-osp sandbox over mutual TLS; its token (and test authCode) is CMCC_TOKEN.
    A fresh sandbox (no state, no requests counted) for each test, on the session's server."""
    shared, current = _cmcc_server
    app = create_app("cmcc-osp", CMCC_TOKEN, retry_delay=0.05)
    current.app = app
    server = RunningServer(shared.url, shared.server, shared.thread)
    server.app = app  # type: ignore[attr-defined]
    yield server
    assert app.state.sandbox.internal_errors == 0
