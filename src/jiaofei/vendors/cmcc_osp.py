"""A reply field that holds ``<![CDATA[key=value&key=value...]]>`` pairs whose keys depend on
another field — CM-OSP's OSPP001 ``parameters``, one key table per ``paymentType`` (§6.1).

The spec describes it on the field: ``x-parameters-discriminator`` names the field that picks
the table, ``x-parameters-schemas`` maps each value to the schema of its keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from jiaofei import validation
from jiaofei.errors import ValidationError
from jiaofei.plan import ApiPlan
from jiaofei.spec import members

OPEN = "<![CDATA["
CLOSE = "]]>"


def parse(text: str, field: str = "parameters") -> dict[str, str]:
    """The pairs of a CDATA-wrapped ``k=v&k=v`` string, values as they stand (no decoding)."""
    if not (text.startswith(OPEN) and text.endswith(CLOSE)):
        raise ValidationError(field, "pattern", f"is not wrapped in {OPEN}...{CLOSE}")
    pairs: dict[str, str] = {}
    inner = text[len(OPEN) : -len(CLOSE)]
    for item in inner.split("&") if inner else []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ValidationError(field, "pattern", f"{item!r} is not key=value")
        if key in pairs:
            raise ValidationError(f"{field}.{key}", "uniqueItems", "appears twice")
        pairs[key] = value
    return pairs


def build(pairs: Mapping[str, Any]) -> str:
    """The wire string for ``pairs``, in their order."""
    for key, value in pairs.items():
        if not key or any(c in key for c in "=&") or "&" in str(value) or CLOSE in str(value):
            raise ValidationError(f"parameters.{key}", "pattern", "cannot be carried in k=v&k=v")
    return OPEN + "&".join(f"{k}={v}" for k, v in pairs.items()) + CLOSE


@lru_cache(maxsize=64)
def _tables(api: str, operation_id: str, field: str) -> tuple[str, dict[str, str]]:
    """The discriminator field and, per its value, the pointer of the key table's schema."""
    plan = ApiPlan.load(api).operation(operation_id)
    schema = plan.reply_schema(200, "application/json")
    if schema is None:
        raise ValueError(f"{operation_id} has no JSON reply")
    described = plan.spec.resolve(members(schema, plan.spec.resolve)[field])
    tables = described.get("x-parameters-schemas", {})
    return described["x-parameters-discriminator"], {k: v["$ref"] for k, v in tables.items()}


def read_parameters(
    reply: Any,
    *,
    api: str = "cmcc-osp",
    operation_id: str = "create_payment",
    field: str = "parameters",
) -> dict[str, str]:
    """The typed pairs of a reply's ``field`` (a generated model or a mapping), checked against
    the key table its discriminator picks; a type the document gives no table for is only
    parsed."""
    body = reply.to_dict() if hasattr(reply, "to_dict") else dict(reply)
    discriminator, tables = _tables(api, operation_id, field)
    pairs = parse(str(body.get(field, "")), field)
    table = tables.get(str(body.get(discriminator)))
    if table is not None:
        validation.check(ApiPlan.load(api).spec, table, pairs)
    return pairs
