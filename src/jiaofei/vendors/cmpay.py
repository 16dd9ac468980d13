"""CMPay (和包): the ``amtItem`` reply field, ``CNY_AMT=100#CMY_AMT=0#...`` (seed 003 §7.2)."""

from __future__ import annotations

from jiaofei.errors import ValidationError

AMOUNT_ITEMS = ("CNY_AMT", "CMY_AMT", "RED_AMT", "VCH_AMT", "POT_CHG_AMT")


def amount_items(text: str) -> dict[str, int]:
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
