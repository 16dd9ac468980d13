"""What a difference between two API documents is: a :class:`Change` with a stable rule id, a
level, where it is and one line saying what it means to the teams using the wheel."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any


class Level(IntEnum):
    INFO = 0
    WARNING = 1
    BREAKING = 2

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Level:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown level {text!r}: breaking, warning or info") from None


@dataclass(frozen=True)
class Change:
    """One classified difference. ``pointer`` is the JSON pointer in the new document (in the
    old one for something removed); ``operation`` and ``interface_code`` name the operation,
    callback or webhook it belongs to (None for document-wide changes)."""

    rule: str
    level: Level
    message: str
    pointer: str
    api: str = ""
    operation: str | None = None
    interface_code: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "level": str(self.level),
            "api": self.api,
            "operation": self.operation,
            "interface_code": self.interface_code,
            "pointer": self.pointer,
            "message": self.message,
        }

    @property
    def subject(self) -> str:
        """Who the change is about, for one-line renderings: ``OSPB003 sync_order``."""
        names = [n for n in (self.interface_code, self.operation) if n]
        return " ".join(names) if names else "document"


@dataclass(frozen=True)
class Report:
    """The changes between two documents, breaking first."""

    changes: tuple[Change, ...]

    @classmethod
    def of(cls, changes: Iterable[Change]) -> Report:
        ordered = sorted(changes, key=lambda c: (-c.level, c.api, c.subject, c.pointer, c.rule))
        return cls(tuple(ordered))

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def at(self, level: Level) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.level == level)

    @property
    def highest(self) -> Level | None:
        return max((c.level for c in self.changes), default=None)

    def fails(self, fail_on: Level) -> bool:
        return any(c.level >= fail_on for c in self.changes)


def escape(token: str) -> str:
    """One JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "".join("/" + escape(str(t)) for t in tokens)
