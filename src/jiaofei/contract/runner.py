"""Running schemathesis from our spec against a server, with requests signed by our signer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jiaofei import API_PACKAGES
from jiaofei.spec import ApiSpec, document_path

PHASES = "examples,coverage,fuzzing,stateful"
# Judged by HTTP status alone; jiaofei.contract.hooks replaces them with checks that judge by
# the document's outcome.
REPLACED_CHECKS = (
    "negative_data_rejection,positive_data_acceptance,missing_required_header,"
    "response_schema_conformance,unsupported_method"
)


def spec_path(api: str) -> Path:
    return document_path(API_PACKAGES[api])


def receiver_spec(api: str, operation_id: str, receiver_url: str) -> dict[str, Any]:
    """A spec whose only operation is the callback ``operation_id``, served at the receiver's
    path: schemathesis then plays the vendor against a team's receiver."""
    spec = ApiSpec.load(api)
    op = spec.operation(operation_id)
    if op.kind == "call":
        raise ValueError(f"{operation_id} is not a callback or webhook of {api}")
    path = urlsplit(receiver_url).path or "/"
    document = {k: v for k, v in spec.document.items() if k not in ("paths", "webhooks")}
    document["servers"] = [{"url": "/"}]
    document["paths"] = {path: {op.method: dict(op.raw)}}
    return document


@dataclass
class Run:
    api: str
    base_url: str
    secret: str
    max_examples: int = 50
    seed: int | None = None
    # Operations are tested concurrently, one worker per core: a run's requests mostly wait.
    workers: str = "auto"
    junit_xml: str | None = None
    settings: dict[str, str] = field(default_factory=dict)
    receiver_operation: str | None = None
    ca_bundle: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    phases: str = PHASES
    extra: list[str] = field(default_factory=list)
    # Where schemathesis and hypothesis keep their caches (.schemathesis/, .hypothesis/): a
    # scratch directory removed after the run unless one is given.
    cache_dir: str | None = None

    @contextmanager
    def prepared(self) -> Iterator[Prepared]:
        """The command, its environment and its working directory, valid inside the block;
        the scratch directory (the receiver's one-operation spec, the caches) is removed
        after it."""
        with tempfile.TemporaryDirectory(prefix="jiaofei-contract-") as scratch:
            if self.cache_dir:
                os.makedirs(self.cache_dir, exist_ok=True)
            yield Prepared(
                self.command(self.location(scratch)),
                self.environment(),
                os.path.abspath(self.cache_dir) if self.cache_dir else scratch,
            )

    def location(self, scratch: str) -> str:
        if self.receiver_operation is None:
            return str(spec_path(self.api))
        document = receiver_spec(self.api, self.receiver_operation, self.base_url)
        path = Path(scratch) / f"{self.receiver_operation}.json"
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}" if self.receiver_operation else self.base_url

    def command(self, location: str | None = None) -> list[str]:
        """The schemathesis command line; ``location`` is the spec to run (a receiver's is
        written by :meth:`prepared`)."""
        if location is None:
            if self.receiver_operation is not None:
                raise ValueError("a receiver run's command comes from Run.prepared()")
            location = str(spec_path(self.api))
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            location,
            "--url",
            self.origin(),
            "--checks",
            "all",
            "--exclude-checks",
            REPLACED_CHECKS,
            "--phases",
            self.phases,
            "--max-examples",
            str(self.max_examples),
            "--workers",
            self.workers,
            "--no-color",
            "--generation-database",
            "none",
        ]
        if self.seed is not None:
            command += ["--seed", str(self.seed)]
        # Absolute: schemathesis runs in the cache directory.
        if self.junit_xml:
            command += ["--report", "junit", "--report-junit-path", _absolute(self.junit_xml)]
        if self.ca_bundle:
            command += ["--tls-verify", _absolute(self.ca_bundle)]
        if self.client_cert:
            command += ["--request-cert", _absolute(self.client_cert)]
        if self.client_key:
            command += ["--request-cert-key", _absolute(self.client_key)]
        return command + self.extra

    def tls(self) -> dict[str, Any]:
        """The same TLS settings for the checks' own requests (``JIAOFEI_CONTRACT_TLS``)."""
        options: dict[str, Any] = {}
        if self.ca_bundle:
            options["verify"] = _absolute(self.ca_bundle)
        if self.client_cert:
            cert = _absolute(self.client_cert)
            options["cert"] = [cert, _absolute(self.client_key)] if self.client_key else cert
        return options

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "jiaofei.contract.hooks",
            "JIAOFEI_CONTRACT_API": self.api,
            "JIAOFEI_CONTRACT_SECRET": self.secret,
            "JIAOFEI_CONTRACT_SETTINGS": json.dumps(self.settings),
            "JIAOFEI_CONTRACT_BASE_URL": self.origin(),
            "JIAOFEI_CONTRACT_OPERATION": self.receiver_operation or "",
            "JIAOFEI_CONTRACT_TLS": json.dumps(self.tls()),
        }

    def run(
        self, *, capture: bool = False, timeout: float | None = None
    ) -> subprocess.CompletedProcess[str]:
        with self.prepared() as prepared:
            return subprocess.run(  # noqa: S603 - our own argv
                prepared.command,
                env=prepared.env,
                cwd=prepared.cwd,
                text=True,
                check=False,
                capture_output=capture,
                timeout=timeout,
            )


@dataclass(frozen=True)
class Prepared:
    command: list[str]
    env: dict[str, str]
    cwd: str


def _absolute(path: str) -> str:
    return os.path.abspath(path)
