"""Reading reply values into the types users want, after their signature was verified on the
text received: yuan strings (``format: decimal``) into Decimal, and structured strings named by
``x-format`` into their parts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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


def read(spec: ApiSpec, schema: Any, value: Any) -> Any:
    """``value`` with every field the schema marks as decimal or ``x-format`` read."""
    schema = spec.resolve(schema)
    if isinstance(value, Mapping):
        declared = members(schema, spec.resolve)
        return {k: read(spec, declared[k], v) if k in declared else v for k, v in value.items()}
    if isinstance(value, list) and isinstance(schema, Mapping):
        return [read(spec, schema.get("items", {}), v) for v in value]
    if isinstance(value, str) and isinstance(schema, Mapping):
        reader = READERS.get(schema.get("x-format", ""))
        if reader is not None:
            return reader(value)
        if schema.get("format") == "decimal":
            try:
                return Decimal(value)
            except InvalidOperation:
                return value
    return value
