"""``jiaofei diff``: what changed between two versions of the shipped API documents, each
change classified ``breaking``, ``warning`` or ``info`` under a stable rule id, with the
direction of every message taken into account (a callback's or webhook's body is received,
its ack sent) and the signing rules compared part by part."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jiaofei.diff.changes import Change, Level, Report
from jiaofei.diff.documents import diff

__all__ = ["Change", "Level", "Report", "compare", "diff"]


def compare(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> Report:
    """Every change across APIs (by API name), an API removed or added included."""
    changes: list[Change] = []
    for api in sorted(set(old) | set(new)):
        if api not in new:
            changes.append(Change("api-removed", Level.BREAKING, f"API {api} removed", "", api))
        elif api not in old:
            changes.append(Change("api-added", Level.INFO, f"API {api} added", "", api))
        else:
            changes += diff(old[api], new[api], api).changes
    return Report.of(changes)
