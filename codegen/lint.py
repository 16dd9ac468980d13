"""Project rules on top of OpenAPI validity: every operation is traceable to its seed section,
errata entries are complete, and every overlay rule names fields that exist."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from codegen.document import all_operations
from jiaofei.spec import ApiSpec, Operation, members

ERRATA_KEYS = {"where", "doc", "chosen", "why"}


class SpecRuleError(Exception):
    pass


def _errata(node: Any, where: str) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "x-doc-errata":
                if not isinstance(value, list) or not value:
                    yield f"{where}: x-doc-errata must be a non-empty list"
                    continue
                for entry in value:
                    missing = (
                        ERRATA_KEYS - set(entry) if isinstance(entry, Mapping) else ERRATA_KEYS
                    )
                    if missing:
                        yield f"{where}: x-doc-errata entry lacks {sorted(missing)}"
            else:
                yield from _errata(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _errata(value, f"{where}/{index}")


def check_traceability(name: str, document: Mapping[str, Any]) -> None:
    problems = []
    seen: set[str] = set()
    for label, op in all_operations(document):
        op_id = op.get("operationId")
        if not op_id or not str(op_id).isascii() or not str(op_id).replace("_", "a").isalnum():
            problems.append(f"{label}: operationId must be ASCII snake_case")
        elif op_id in seen:
            problems.append(f"{label}: operationId {op_id} is used twice")
        seen.add(str(op_id))
        if not str(op.get("x-source", "")).startswith(
            document["info"].get("x-source-document", "?")
        ):
            problems.append(f"{label}: x-source must name the seed section")
        if "x-idempotent" not in op:
            problems.append(f"{label}: x-idempotent is not declared")
    problems.extend(_errata(document, "#"))
    if problems:
        raise SpecRuleError(f"spec/{name}.yaml:\n  " + "\n  ".join(problems))


def check_overlay(name: str, document: Mapping[str, Any]) -> None:
    """Each signing rule's fields must be fields of the message it signs."""
    spec = ApiSpec(name, document)
    problems = []
    for op in spec.operations.values():
        rule = op.raw.get("x-jiaofei-signing")
        if not rule or rule.get("fields") is None:
            continue
        label = f"{op.method.upper()} {op.path}" if op.path else f"{op.kind} {op.operation_id}"
        fields = _request_fields(spec, op)
        if rule.get("payload"):
            fields = members(fields.get(rule["payload"], {}), spec.resolve)
        for field in rule["fields"]:
            if field not in fields:
                problems.append(f"{label}: signed field {field!r} is not in the request schema")
        if not rule.get("payload") and rule.get("signature", "sign") not in fields:
            problems.append(
                f"{label}: signature field {rule.get('signature')!r} is not in the request schema"
            )
    if problems:
        raise SpecRuleError(f"overlays/{name}.overlay.yaml:\n  " + "\n  ".join(problems))


def _request_fields(spec: ApiSpec, op: Operation) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for parameter in op.parameters:
        fields[parameter["name"]] = parameter.get("schema", {})
    body = spec.resolve(op.raw.get("requestBody", {}))
    for media in body.get("content", {}).values():
        fields.update(members(media.get("schema", {}), spec.resolve))
    return fields
