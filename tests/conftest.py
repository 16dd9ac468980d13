from __future__ import annotations

import asyncio.base_events
import hashlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import RunningServer, serve_in_thread

KEY = "k3y"
UID = "3928857"
CMCC_TOKEN = "cmcc-token"


def md5_hex(text: str) -> str:
    """The document's rule, written out independently of the project's signer."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def _replies_without_nagle_delay() -> Iterator[None]:
    """TCP_NODELAY on every connection the in-process test servers accept.

    ``serve_in_thread`` binds a socket made with protocol 0, and asyncio only sets
    TCP_NODELAY on sockets whose protocol is IPPROTO_TCP. uvicorn writes a reply's head and
    body separately, so on a keep-alive connection (schemathesis' session) every body waited
    for the client's delayed ACK: about 40 ms per request, most of a fuzzing run's time.
    Only latency changes; every byte exchanged is the same. Once ``serve_in_thread`` makes
    its socket with IPPROTO_TCP (or sets TCP_NODELAY itself) this fixture can go."""

    def set_nodelay(sock: socket.socket) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(asyncio.base_events, "_set_nodelay", set_nodelay)
        yield


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


@pytest.fixture
def cmcc_sandbox(tls_files: TlsFiles) -> Iterator[RunningServer]:
    """The cmcc-osp sandbox over mutual TLS; its token (and test authCode) is CMCC_TOKEN."""
    app = create_app("cmcc-osp", CMCC_TOKEN, retry_delay=0.05)
    with serve_in_thread(
        app, certfile=tls_files.server, ca_certs=tls_files.ca, require_client_cert=True
    ) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server
    assert app.state.sandbox.internal_errors == 0
