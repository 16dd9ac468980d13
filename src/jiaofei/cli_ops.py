"""``jiaofei ops API OPERATION``: one operation as a user needs it at a terminal — its
fields, which of them the client fills, its credentials and its signing recipe."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from jiaofei.plan import OperationPlan
from jiaofei.signing import Rule
from jiaofei.spec import members


def _required(schema: Any, resolve: Any) -> set[str]:
    found = resolve(schema)
    return set(found.get("required", [])) if isinstance(found, Mapping) else set()


def _field_line(name: str, schema: Any, required: bool, provided: bool, resolve: Any) -> str:
    node = resolve(schema)
    node = node if isinstance(node, Mapping) else {}
    kind = node.get("type", "object" if "properties" in node else "")
    if "enum" in node:
        kind = "one of " + ", ".join(map(str, node["enum"]))
    notes = ["required" if required else "optional"]
    if provided:
        notes.append("filled by the client")
    description = (
        str(node.get("description", "")).splitlines()[0] if node.get("description") else ""
    )
    return f"  {name:<22} {kind:<14} {', '.join(notes):<30} {description}".rstrip()


def _fields(op: OperationPlan) -> list[str]:
    resolve = op.spec.resolve
    provided = set(op.provided)
    lines = []
    for p in op.parameters:
        lines.append(
            _field_line(f"{p.name} ({p.location})", None, p.required, p.name in provided, resolve)
        )
    media = op.media_type()
    if media is not None:
        schema = op.body_schema(media)
        envelope = op.api.envelope
        body = members(schema, resolve)
        if envelope and envelope.request in body:
            lines.append(f"  (inside {envelope.request!r})")
            schema = body[envelope.request]
            body = members(schema, resolve)
        required = _required(schema, resolve)
        for name, member in body.items():
            lines.append(_field_line(name, member, name in required, name in provided, resolve))
    return lines


def _recipe(rule: Rule, name: str) -> list[str]:
    order = ", ".join(rule.fields) if rule.fields is not None else "every non-empty field, sorted"
    lines = [
        f"{name}: {rule.scheme} into {rule.signature!r} with the key setting {rule.secret!r}",
        f"  signed fields: {order}",
    ]
    if rule.payload:
        lines.append(f"  taken from the {rule.payload!r} object")
    if rule.when:
        lines.append("  only when " + ", ".join(f"{k}={v}" for k, v in rule.when))
    by_field = rule.options.get("variants")
    if by_field:
        for value, chosen in by_field.items():
            if value != "field":
                lines.append(f"  {by_field['field']}={value}: {chosen.get('scheme', rule.scheme)}")
    return lines


def describe_operation(op: OperationPlan) -> str:
    where = op.path if op.kind == "call" else f"({op.kind})"
    lines = [f"{op.operation_id}: {op.method} {where}", f"  {op.summary}" if op.summary else ""]
    if op.interface_code:
        lines.append(f"  interface code {op.interface_code}")
    lines += ["", "fields:", *_fields(op)]
    if op.header_credentials:
        lines += ["", "credential headers:"]
        lines += [f"  {c.header} from {c.source} {c.name}" for c in op.header_credentials]
    lines.append("")
    if op.signing is None:
        lines.append("requests are not signed")
    else:
        lines += _recipe(op.signing, "request signature")
    if op.reply_signing is not None:
        lines += _recipe(op.reply_signing, "reply signature")
    variants = op.api.signing_variants
    if variants.declared:
        lines += ["", f"signing variants ({variants.setting}=..., default document):"]
        lines += [
            f"  {v.name}: {' '.join(v.description.split())}" for v in variants.declared.values()
        ]
    return "\n".join(line for line in lines if line is not None)
