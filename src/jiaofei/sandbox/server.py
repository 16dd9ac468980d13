"""Running an ASGI app under uvicorn on a free loopback port, in a background thread."""

from __future__ import annotations

import socket
import ssl
import threading
import time
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from jiaofei.extras import require

if TYPE_CHECKING:
    import uvicorn
else:
    uvicorn = require("uvicorn", "sandbox", "jiaofei.sandbox.server")


@dataclass
class RunningServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def serve_in_thread(
    app: Any,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    certfile: str | None = None,
    keyfile: str | None = None,
    ca_certs: str | None = None,
    require_client_cert: bool = False,
    loop: str = "auto",
) -> RunningServer:
    """Start ``app`` and return once it accepts connections; ``loop`` is uvicorn's (``auto``
    takes uvloop where installed)."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on such sockets' connections, and
    # without it every reply body waits for the client's delayed ACK (~40 ms per request).
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound = sock.getsockname()[1]
    options: dict[str, Any] = {}
    if certfile:
        options.update(
            ssl_certfile=certfile,
            ssl_keyfile=keyfile,
            ssl_ca_certs=ca_certs,
            ssl_cert_reqs=ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE,
        )
    config = uvicorn.Config(
        app,
        log_level="warning",
        lifespan="off",
        timeout_graceful_shutdown=1,
        loop=loop,
        **options,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.01)
    scheme = "https" if certfile else "http"
    shown = f"[{host}]" if ":" in host else host
    return RunningServer(f"{scheme}://{shown}:{bound}", server, thread)
