"""Reading reply values into the types users want, after their signature was verified on the
text received: yuan strings (``format: decimal``) into Decimal, structured strings named by
``x-format`` into their parts, document dates (``x-date-format``, epoch milliseconds) into
ISO 8601 with their timezone (GMT+8 unless the spec says otherwise), which the generated models
read as timezone-aware datetimes."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from jiaofei.errors import ValidationError
from jiaofei.spec import ApiSpec, members

AMOUNT_ITEMS = ("CNY_AMT", "CMY_AMT", "RED_AMT", "VCH_AMT", "POT_CHG_AMT")


def cmpay_amount_items(text: str) -> dict[str, int]:
    """``CNY_AMT=100#CMY_AMT=0#...`` -> {"CNY_AMT": 100, ...}, amounts in fen."""
    parts: dict[str, int] = {}
    for item in text.split("#"):
        name, sep, value = item.partition("=")
        if not sep or not value.isdigit():
            raise ValidationError("amtItem", "x-format", f"{item!r} is not NAME=<fen>")
        parts[name] = int(value)
    missing = [n for n in AMOUNT_ITEMS if n not in parts]
    if missing:
        raise ValidationError("amtItem", "x-format", f"lacks {', '.join(missing)}")
    return parts


READERS: dict[str, Callable[[str], Any]] = {"cmpay-amount-items": cmpay_amount_items}

GMT8 = timezone(timedelta(hours=8))

# The documents' Java-style patterns, as strptime patterns and the ISO kind they become.
DATE_FORMATS = {
    "yyyyMMddHHmmss": ("%Y%m%d%H%M%S", "date-time"),
    "yyyy-MM-dd HH:mm:ss": ("%Y-%m-%d %H:%M:%S", "date-time"),
    "yyyyMMdd": ("%Y%m%d", "date"),
}


def read_date(text: str, pattern: str, tz: str | None) -> str:
    """Document date text as ISO 8601 (timezone-aware; GMT+8 unless the spec says otherwise)."""
    strptime, kind = DATE_FORMATS[pattern]
    try:
        moment = datetime.strptime(text, strptime)
    except ValueError:
        return text
    if kind == "date":
        return moment.date().isoformat()
    offset = _offset(tz) if tz else GMT8
    return moment.replace(tzinfo=offset).isoformat()


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    hours, _, minutes = text.lstrip("+-").partition(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


def _is_read_date(spec: ApiSpec, schema: Any) -> bool:
    resolved = spec.resolve(schema) if schema is not None else None
    return isinstance(resolved, Mapping) and "x-jiaofei-read" in resolved


def read(spec: ApiSpec, schema: Any, value: Any) -> Any:
    """``value`` with every field the schema marks as decimal or ``x-format`` read. A date the
    reply leaves empty ("" — e.g. OSPQ019's begin_Date of a monthly package) is no date: the
    field is left out."""
    schema = spec.resolve(schema)
    if isinstance(value, Mapping):
        declared = members(schema, spec.resolve)
        return {
            k: read(spec, declared[k], v) if k in declared else v
            for k, v in value.items()
            if not (v == "" and _is_read_date(spec, declared.get(k)))
        }
    if isinstance(value, list) and isinstance(schema, Mapping):
        return [read(spec, schema.get("items", {}), v) for v in value]
    if not isinstance(schema, Mapping):
        return value
    if "x-jiaofei-read" in schema:
        if isinstance(value, int) and schema.get("format") == "epoch-millis":
            return datetime.fromtimestamp(value / 1000, GMT8).isoformat()
        if isinstance(value, str) and schema.get("x-date-format") in DATE_FORMATS:
            return read_date(value, schema["x-date-format"], schema.get("x-timezone"))
    if isinstance(value, str) and schema.get("contentMediaType") == "application/json":
        # The text was verified as received; its JSON is read for the parser.
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        return read(spec, schema.get("contentSchema", {}), decoded)
    if isinstance(value, str):
        reader = READERS.get(schema.get("x-format", ""))
        if reader is not None:
            return reader(value)
        if schema.get("format") == "decimal":
            try:
                return Decimal(value)
            except InvalidOperation:
                return value
    return value
