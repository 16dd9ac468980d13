from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import RunningServer, serve_in_thread

pytest_plugins = ["redis_server"]

KEY = "k3y"
UID = "3928857"
CMCC_TOKEN = "cmcc-token"


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
