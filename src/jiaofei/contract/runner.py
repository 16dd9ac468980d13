"""Running schemathesis from our spec against a server, with requests signed by our signer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jiaofei import API_PACKAGES
from jiaofei.spec import ApiSpec, document_path

PHASES = "examples,coverage,fuzzing,stateful"


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
    workers: str = "1"
    junit_xml: str | None = None
    settings: dict[str, str] = field(default_factory=dict)
    receiver_operation: str | None = None
    ca_bundle: str | None = None
    client_cert: str | None = None
    client_key: str | None = None
    phases: str = PHASES
    extra: list[str] = field(default_factory=list)

    def location(self) -> str:
        if self.receiver_operation is None:
            return str(spec_path(self.api))
        document = receiver_spec(self.api, self.receiver_operation, self.base_url)
        handle = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
        with handle:
            json.dump(document, handle, ensure_ascii=False)
        return handle.name

    def origin(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}" if self.receiver_operation else self.base_url

    def command(self) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            self.location(),
            "--url",
            self.origin(),
            "--checks",
            "all",
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
        if self.junit_xml:
            command += ["--report", "junit", "--report-junit-path", self.junit_xml]
        if self.ca_bundle:
            command += ["--tls-verify", self.ca_bundle]
        if self.client_cert:
            command += ["--request-cert", self.client_cert]
        if self.client_key:
            command += ["--request-cert-key", self.client_key]
        return command + self.extra

    def tls(self) -> dict[str, Any]:
        """The same TLS settings for the checks' own requests (``JIAOFEI_CONTRACT_TLS``)."""
        options: dict[str, Any] = {}
        if self.ca_bundle:
            options["verify"] = self.ca_bundle
        if self.client_cert:
            options["cert"] = (
                [self.client_cert, self.client_key] if self.client_key else self.client_cert
            )
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
        return subprocess.run(  # noqa: S603 - our own argv
            self.command(),
            env=self.environment(),
            text=True,
            check=False,
            capture_output=capture,
            timeout=timeout,
        )
