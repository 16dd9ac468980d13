"""Filling the overlay's reply and record templates (``x-jiaofei-sandbox``).

A string ``$request.x`` / ``$record.x`` / ``$settings.x`` takes that value (None when
absent), ``$serial`` a fresh 18-digit id,
``$now_ms`` the time in epoch milliseconds, and ``{"$json": {...}}`` becomes the JSON text
of its filled contents. Anything else is taken as written.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Mapping
from typing import Any

_serials = itertools.count(int(time.time() * 1000) % 10**12 * 10**6)


def fill(template: Any, context: Mapping[str, Any]) -> Any:
    if isinstance(template, Mapping):
        if set(template) == {"$json"}:
            return json.dumps(
                fill(template["$json"], context), ensure_ascii=False, separators=(",", ":")
            )
        return {k: fill(v, context) for k, v in template.items()}
    if isinstance(template, list):
        return [fill(v, context) for v in template]
    if isinstance(template, str) and template.startswith("$"):
        if template == "$serial":
            return str(next(_serials))
        if template == "$now_ms":
            return int(time.time() * 1000)
        source, _, name = template[1:].partition(".")
        if source in context and name:
            return context[source].get(name)
    return template
