"""Running schemathesis from our spec against a server, with requests signed by our signer."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jiaofei import API_PACKAGES
from jiaofei.contract import junit
from jiaofei.spec import ApiSpec, document_path

PHASES = "examples,coverage,fuzzing,stateful"
# With more than one core, the phases run in one schemathesis process per group, at the same
# time: generating cases is CPU-bound, and the worker threads inside a process share one GIL.
# The cases made for each operation alone (coverage, fuzzing) beside those following the
# document (its examples, its links): the pairing with the shortest runs on the documents
# with links (BENCHMARKS.md).
PHASE_GROUPS = (("coverage", "fuzzing"), ("examples", "stateful"))
GENERATED = re.compile(r"(\d+) generated")
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
    # Processes sharing the phases (PHASE_GROUPS): "auto" is one per core, at most one per
    # group; a receiver's run (one operation, no links) keeps to one.
    processes: str = "auto"
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
        """The commands (one per process), their environment and working directory, valid
        inside the block; the scratch directory (the receiver's one-operation spec, the
        caches, the partial JUnit reports) is removed after it."""
        with tempfile.TemporaryDirectory(prefix="jiaofei-contract-") as scratch:
            if self.cache_dir:
                os.makedirs(self.cache_dir, exist_ok=True)
            location = self.location(scratch)
            groups = self.phase_groups()
            reports = (
                [os.path.join(scratch, f"junit-{index}.xml") for index in range(len(groups))]
                if self.junit_xml and len(groups) > 1
                else []
            )
            commands = [
                self.command(location, phases=phases, junit_xml=reports[i] if reports else None)
                for i, phases in enumerate(groups)
            ]
            yield Prepared(
                commands,
                groups,
                self.environment(),
                os.path.abspath(self.cache_dir) if self.cache_dir else scratch,
            )
            if reports and self.junit_xml:
                junit.merge([r for r in reports if os.path.exists(r)], _absolute(self.junit_xml))

    def phase_groups(self) -> list[str]:
        """The phases each process runs."""
        wanted = [phase.strip() for phase in self.phases.split(",") if phase.strip()]
        groups = [[p for p in group if p in wanted] for group in PHASE_GROUPS]
        groups = [group for group in groups if group]
        if self._process_count() < 2 or len(groups) < 2:
            return [",".join(wanted)]
        # A name outside the groups goes to the first, for schemathesis to refuse.
        groups[0] += [p for p in wanted if not any(p in group for group in PHASE_GROUPS)]
        return [",".join(group) for group in groups]

    def _process_count(self) -> int:
        if self.receiver_operation is not None:
            return 1
        if self.processes == "auto":
            return os.cpu_count() or 1
        return max(1, int(self.processes))

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

    def command(
        self,
        location: str | None = None,
        *,
        phases: str | None = None,
        junit_xml: str | None = None,
    ) -> list[str]:
        """One schemathesis command line; ``location`` is the spec to run (a receiver's is
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
            phases or self.phases,
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
        junit_xml = junit_xml or self.junit_xml
        if junit_xml:
            command += ["--report", "junit", "--report-junit-path", _absolute(junit_xml)]
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
            "HYPOTHESIS_STORAGE_DIRECTORY": self.hypothesis_home(),
        }

    def hypothesis_home(self) -> str:
        """Where hypothesis keeps what it learns of the local source code it finds loaded
        (the constants it mixes into generated values): kept between runs, since gathering
        them again costs seconds of each run where jiaofei is installed from a checkout. Its
        example database is off."""
        if self.cache_dir:
            return os.path.join(os.path.abspath(self.cache_dir), ".hypothesis")
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return os.path.join(cache, "jiaofei", "hypothesis")

    def run(self, *, capture: bool = False, timeout: float | None = None) -> Finished:
        """Run every process to the end; their output, one process after another."""
        with self.prepared() as prepared:
            output: list[str] = []
            returncode = prepared.follow(
                output.append if capture else sys.stdout.write, timeout=timeout
            )
        return Finished(returncode, "".join(output))


@dataclass(frozen=True)
class Prepared:
    commands: list[list[str]]
    phases: list[str]
    env: dict[str, str]
    cwd: str

    def follow(self, echo: Callable[[str], object], *, timeout: float | None = None) -> int:
        """Start every process at once and hand their output to ``echo`` line by line: the
        first as it comes, each other one whole once those before it have ended (kept
        meanwhile, so that no process waits on a full pipe). The worst exit status wins."""
        processes = [
            subprocess.Popen(  # noqa: S603 - our own argv
                command,
                env=self.env,
                cwd=self.cwd,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
            )
            for command in self.commands
        ]
        kept: list[list[str]] = [[] for _ in processes]
        readers = [
            threading.Thread(target=_keep, args=(process, kept[index]), daemon=True)
            for index, process in enumerate(processes)
            if index > 0
        ]
        for reader in readers:
            reader.start()
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            _stop(processes)

        timer = threading.Timer(timeout, expire) if timeout else None
        if timer is not None:
            timer.start()
        try:
            for index, process in enumerate(processes):
                if len(processes) > 1:
                    echo(f"-- jiaofei contract: phases {self.phases[index]} --\n")
                if index == 0:
                    assert process.stdout is not None
                    for line in process.stdout:
                        echo(line)
                else:
                    readers[index - 1].join()
                    for line in kept[index]:
                        echo(line)
                process.wait()
        finally:
            _stop(processes)
            if timer is not None:
                timer.cancel()
        if expired.is_set():
            raise subprocess.TimeoutExpired(self.commands[0], timeout or 0)
        codes = [process.returncode for process in processes]
        return max(codes, key=lambda code: (code != 0, abs(code)))


@dataclass(frozen=True)
class Finished:
    returncode: int
    stdout: str
    stderr: str = ""


def cases(lines: list[str]) -> str:
    """schemathesis's count of cases, added up over the processes of one run."""
    counts = [line.strip() for line in lines]
    if len(counts) == 1:
        return counts[0]
    total = sum(int(m.group(1)) for line in counts if (m := GENERATED.search(line)))
    return f"{total} generated in {len(counts)} processes ({'; '.join(counts)})"


def _keep(process: subprocess.Popen[str], lines: list[str]) -> None:
    assert process.stdout is not None
    lines.extend(process.stdout)


def _stop(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def _absolute(path: str) -> str:
    return os.path.abspath(path)
