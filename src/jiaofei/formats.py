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

from jiaofei.spec import ApiSpec, members


def _amount_items(text: str) -> Any:
    from jiaofei.vendors.cmpay import amount_items

    return amount_items(text)


# Structured strings (``x-format``) and the vendor module that reads each.
READERS: dict[str, Callable[[str], Any]] = {"cmpay-amount-items": _amount_items}

GMT8 = timezone(timedelta(hours=8))

# The documents' Java-style patterns, as strptime patterns and the ISO kind they become.
DATE_FORMATS = {
    "yyyyMMddHHmmss": ("%Y%m%d%H%M%S", "date-time"),
    "yyyy-MM-dd HH:mm:ss": ("%Y-%m-%d %H:%M:%S", "date-time"),
    "yyyyMMdd": ("%Y%m%d", "date"),
}


def _iso_writer(pattern: str, tz: str | None) -> Callable[[str], str]:
    """Rewrites document date text as ISO 8601 text, which the generated models parse once.
    Text of another shape is left as it is (the model then names the field it cannot read)."""
    _, kind = DATE_FORMATS[pattern]
    offset = datetime(2000, 1, 1, tzinfo=_offset(tz) if tz else GMT8).isoformat()[19:]
    if pattern == "yyyy-MM-dd HH:mm:ss":

        def dashed(text: str) -> str:
            if len(text) != 19 or text[10] != " ":
                return text
            return f"{text[:10]}T{text[11:]}{offset}"

        return dashed

    width = 14 if kind == "date-time" else 8

    def digits(text: str) -> str:
        if len(text) != width or not (text.isascii() and text.isdigit()):
            return text
        day = f"{text[:4]}-{text[4:6]}-{text[6:8]}"
        return day if width == 8 else f"{day}T{text[8:10]}:{text[10:12]}:{text[12:14]}{offset}"

    return digits


def _offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    hours, _, minutes = text.lstrip("+-").partition(":")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes or 0)))


Reader = Callable[[Any], Any]


def _identity(value: Any) -> Any:
    return value


def compile_reader(spec: ApiSpec, schema: Any) -> Reader:
    """A function reading a value of ``schema``: every field the schema marks as decimal,
    ``x-format`` or a reply date read into its Python type, the schema walked once here.

    A date the reply leaves empty ("" — e.g. OSPQ019's begin_Date of a monthly package) is no
    date: the field is left out."""
    return _compile(spec, schema, set()) or _identity


def _compile(spec: ApiSpec, schema: Any, active: set[int]) -> Reader | None:
    """None when values of ``schema`` are read as they are."""
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping) or id(schema) in active:
        return None
    active.add(id(schema))
    try:
        return _compile_node(spec, schema, active)
    finally:
        active.discard(id(schema))


def _compile_node(spec: ApiSpec, schema: Mapping[str, Any], active: set[int]) -> Reader | None:
    declared = members(schema, spec.resolve)
    if declared:
        fields: dict[str, Reader] = {}
        dates: set[str] = set()
        for name, member in declared.items():
            reader = _compile(spec, member, active)
            if reader is not None:
                fields[name] = reader
            resolved = spec.resolve(member)
            if isinstance(resolved, Mapping) and "x-jiaofei-read" in resolved:
                dates.add(name)
        if fields or dates:
            return _object_reader(fields, frozenset(dates))
    if "items" in schema:
        item = _compile(spec, schema["items"], active)
        if item is not None:
            return lambda value: [item(v) for v in value] if isinstance(value, list) else value
    if "x-jiaofei-read" in schema:
        if schema.get("format") == "epoch-millis":
            return _epoch_millis
        pattern = schema.get("x-date-format")
        if pattern in DATE_FORMATS:
            return _date_reader(pattern, schema.get("x-timezone"))
    if schema.get("contentMediaType") == "application/json":
        inner = _compile(spec, schema.get("contentSchema", {}), active) or _identity
        return lambda value: _json_text(value, inner)
    structured = READERS.get(schema.get("x-format", ""))
    if structured is not None:
        return lambda value: structured(value) if isinstance(value, str) else value
    if schema.get("format") == "decimal":
        return _decimal
    return None


def _object_reader(fields: Mapping[str, Reader], dates: frozenset[str]) -> Reader:
    def read_object(value: Any) -> Any:
        if not isinstance(value, Mapping):
            return value
        return {
            k: fields[k](v) if k in fields else v
            for k, v in value.items()
            if not (v == "" and k in dates)
        }

    return read_object


def _json_text(value: Any, inner: Reader) -> Any:
    if not isinstance(value, str):
        return value
    # The text was verified as received; its JSON is read for the parser.
    try:
        decoded = json.loads(value)
    except ValueError:
        return value
    return inner(decoded)


def _decimal(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            return value
    return value


def _epoch_millis(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.fromtimestamp(value / 1000, GMT8).isoformat()
    return value


def _date_reader(pattern: str, tz: str | None) -> Reader:
    write = _iso_writer(pattern, tz)

    def read_date_value(value: Any) -> Any:
        return write(value) if isinstance(value, str) else value

    return read_date_value
