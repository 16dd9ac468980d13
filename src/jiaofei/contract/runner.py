"""Running schemathesis from our spec against a server, with requests signed by our signer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from jiaofei import API_PACKAGES

PHASES = "examples,coverage,fuzzing,stateful"


def spec_path(api: str) -> Path:
    return Path(str(resources.files(API_PACKAGES[api]).joinpath("openapi.json")))


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
    extra: list[str] = field(default_factory=list)

    def command(self) -> list[str]:
        command = [
            sys.executable,
            "-m",
            "schemathesis.cli",
            "run",
            str(spec_path(self.api)),
            "--url",
            self.base_url,
            "--checks",
            "all",
            "--phases",
            PHASES,
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
        return command + self.extra

    def environment(self) -> dict[str, str]:
        return {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "jiaofei.contract.hooks",
            "JIAOFEI_CONTRACT_API": self.api,
            "JIAOFEI_CONTRACT_SECRET": self.secret,
            "JIAOFEI_CONTRACT_SETTINGS": json.dumps(self.settings),
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
