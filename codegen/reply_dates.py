"""Marking the date fields users get as datetimes: those only replies carry.

A date field reached from a request keeps its document text (users send it as the document
writes it); one reached only from replies is marked ``x-jiaofei-read: date-time`` (or
``date``). The client view types marked fields as datetimes and the runtime reads them, so the
two always agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from codegen.document import all_operations
from jiaofei.formats import DATE_FORMATS

PREFIX = "#/components/schemas/"


def _children(node: Any) -> Iterator[Any]:
    if isinstance(node, dict):
        yield from node.values()
    elif isinstance(node, list):
        yield from node


def _refs(node: Any, document: dict[str, Any], seen: set[str]) -> None:
    """Collect every component schema reachable from ``node``."""
    if (
        isinstance(node, dict)
        and isinstance(node.get("$ref"), str)
        and node["$ref"].startswith(PREFIX)
    ):
        name = node["$ref"][len(PREFIX) :]
        if name not in seen:
            seen.add(name)
            _refs(document["components"]["schemas"].get(name), document, seen)
    for child in _children(node):
        _refs(child, document, seen)


def _mark(node: Any, document: dict[str, Any], outgoing: set[str], visited: set[int]) -> None:
    if id(node) in visited:
        return
    visited.add(id(node))
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(PREFIX):
            name = ref[len(PREFIX) :]
            if name not in outgoing:
                _mark(document["components"]["schemas"].get(name), document, outgoing, visited)
            return
        pattern = node.get("x-date-format")
        # The patterns the runtime reads (jiaofei.formats), and the ISO kind each becomes.
        kind = DATE_FORMATS[pattern][1] if pattern in DATE_FORMATS else None
        if node.get("format") == "epoch-millis":
            kind = "date-time"
        if kind:
            node["x-jiaofei-read"] = kind
    for child in _children(node):
        _mark(child, document, outgoing, visited)


def mark(document: dict[str, Any]) -> None:
    outgoing: set[str] = set()
    for _, op in all_operations(document):
        _refs(op.get("requestBody"), document, outgoing)
        _refs(op.get("parameters"), document, outgoing)
    visited: set[int] = set()
    for _, op in all_operations(document):
        for response in op.get("responses", {}).values():
            _mark(response, document, outgoing, visited)


def as_datetime(schema: dict[str, Any]) -> dict[str, Any]:
    """The client view of a marked field."""
    return {
        "type": "string",
        "format": schema["x-jiaofei-read"],
        "description": schema.get("description", ""),
    }
