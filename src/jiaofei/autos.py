"""Values the client generates itself (``x-jiaofei-auto`` kinds): timestamps, request ids and
constants, and when a generated time was made (for replay windows)."""

from __future__ import annotations

import secrets
import time
from datetime import datetime
from typing import Any

from jiaofei.formats import GMT8


def auto_value(kind: str) -> str:
    now = time.time()
    if kind == "epoch-seconds":
        return str(int(now))
    if kind == "epoch-millis":
        return str(int(now * 1000))
    if kind.startswith("const:"):
        return kind[len("const:") :]
    if kind == "unique-id":
        local = datetime.fromtimestamp(now, GMT8)
        return local.strftime("%Y%m%d%H%M%S") + secrets.token_hex(6)
    if kind == "yyyyMMddHHmmssSSS+08:00":
        local = datetime.fromtimestamp(now, GMT8)
        return local.strftime("%Y%m%d%H%M%S") + f"{local.microsecond // 1000:03d}"
    raise ValueError(f"unknown generated value {kind!r}")


def auto_moment(kind: str, value: Any) -> float | None:
    """When a value :func:`auto_value` made for ``kind`` was made, in epoch seconds; None for
    kinds that are not times. Raises ValueError for a value that is not such a time."""
    if kind in ("epoch-seconds", "epoch-millis"):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a {kind} time") from None
        return seconds / 1000 if kind == "epoch-millis" else seconds
    if kind == "yyyyMMddHHmmssSSS+08:00":
        text = str(value)
        if len(text) != 17 or not text.isdigit():
            raise ValueError(f"{value!r} is not yyyyMMddHHmmssSSS")
        moment = datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=GMT8)
        return moment.timestamp() + int(text[14:]) / 1000
    return None
