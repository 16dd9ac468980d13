"""Filling the overlay's reply and record templates (``x-jiaofei-sandbox``).

A string ``$request.x`` / ``$record.x`` / ``$settings.x`` takes that value (None when
absent; ``$request.items.0.id`` walks into lists and objects), ``$serial`` a fresh 18-digit
id, ``$token32`` a fresh 32-character token, ``$now_ms`` the time in epoch milliseconds,
``$now:%Y%m%d`` the time in GMT+8 in that strftime format, and ``{"$json": {...}}`` becomes
the JSON text of its filled contents. Anything else is taken as written.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from jiaofei.formats import GMT8
from jiaofei.wire import json_text

_serials = itertools.count(int(time.time() * 1000) % 10**12 * 10**6)


def fill(template: Any, context: Mapping[str, Any]) -> Any:
    # Most of a template is plain text and numbers: those are answered before any isinstance
    # test against an abstract class (each costs as much as the rest of a leaf's work).
    kind = type(template)
    if kind is str:
        return _filled_text(template, context) if template.startswith("$") else template
    if kind is int or kind is float or kind is bool or template is None:
        return template
    if isinstance(template, Mapping):
        if len(template) == 1 and "$json" in template:
            return json_text(fill(template["$json"], context))
        return {k: fill(v, context) for k, v in template.items()}
    if isinstance(template, list):
        return [fill(v, context) for v in template]
    if isinstance(template, str) and template.startswith("$"):
        return _filled_text(template, context)
    return template


def _filled_text(template: str, context: Mapping[str, Any]) -> Any:
    if template == "$serial":
        return str(next(_serials))
    if template == "$now_ms":
        return int(time.time() * 1000)
    if template == "$token32":
        return secrets.token_hex(16)
    if template.startswith("$now:"):
        return datetime.now(GMT8).strftime(template[len("$now:") :])
    source, _, name = template[1:].partition(".")
    if source in context and name:
        return _walk(context[source], name.split("."))
    return template


def _walk(node: Any, steps: list[str]) -> Any:
    for step in steps:
        if isinstance(node, Mapping):
            node = node.get(step)
        elif isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
        else:
            return None
    return node
