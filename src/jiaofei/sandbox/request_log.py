"""What the sandbox was asked and how it answered: one log line per request (logger
``jiaofei.sandbox``, level info, or straight to a stream: :func:`lines_to`) and the recent
ones for ``GET /_sandbox/requests``."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from jiaofei.errors import SignatureError, ValidationError

log = logging.getLogger("jiaofei.sandbox")

# Requests kept for /_sandbox/requests; older ones are dropped.
KEPT = 200
# A refusal's text is cut to this many characters (a violation may quote the value it refuses).
DETAIL_LIMIT = 300


@dataclass
class Entry:
    method: str
    path: str
    operation: str | None
    time: float = field(default_factory=time.time)
    status: int = 0
    outcome: str = "ok"
    scenarios: list[str] = field(default_factory=list)
    violations: list[dict[str, str]] = field(default_factory=list)
    signature: Any = None
    detail: str | None = None

    def refused(self, outcome: str, error: Exception) -> None:
        self.outcome = outcome
        if isinstance(error, ValidationError):
            self.violations.append(
                {"field": error.field, "rule": error.rule, "detail": short(error.detail)}
            )
        elif isinstance(error, SignatureError):
            diagnosis = getattr(error, "diagnosis", None)
            self.signature = diagnosis.to_dict() if diagnosis is not None else short(str(error))
        else:
            self.detail = short(str(error))

    def line(self) -> str:
        what = f"{self.method} {self.path} {self.operation or '-'} -> {self.status} {self.outcome}"
        if self.scenarios:
            what += " scenario=" + " ".join(self.scenarios)
        for violation in self.violations:
            what += f" [{violation['field'] or 'body'}: {violation['rule']}]"
        if self.signature is not None:
            what += " [signature]"
        if self.detail:
            what += f" ({self.detail})"
        return what


def short(text: str) -> str:
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


class RequestLog:
    def __init__(self, kept: int = KEPT) -> None:
        self.entries: deque[Entry] = deque(maxlen=kept)
        # Where each line goes instead of the logger (the sandbox's command line sets it).
        self.echo: Callable[[str], object] | None = None

    def record(self, entry: Entry) -> None:
        self.entries.append(entry)
        if self.echo is not None:
            self.echo(entry.line())
        elif log.isEnabledFor(logging.INFO):
            log.info("%s", entry.line())

    def recent(self) -> list[dict[str, Any]]:
        return [asdict(entry) for entry in self.entries]


def lines_to(stream: Any) -> Callable[[str], object]:
    """Each line written to ``stream`` as the logging module would (time, ``INFO``, text),
    without it: a record passed through ``logging`` costs a fifth of a sandbox request."""
    shown: list[Any] = [None, ""]

    def echo(line: str) -> None:
        now = time.time()
        second = int(now)
        if shown[0] != second:
            shown[0], shown[1] = second, time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(now))
        stream.write(f"{shown[1]},{int(now % 1 * 1000):03d} INFO {line}\n")

    return echo
