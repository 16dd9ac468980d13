"""The view of an overlaid spec that openapi-python-client is given: its component schemas,
from which it generates the attrs models, and no paths — the typed facade (_client.py) is the
call path, so no endpoint functions are generated.

Request messages leave out the fields the client fills itself (the signature, settings such as
``uid``); inline callback/webhook schemas are lifted into components, which
openapi-python-client would otherwise never see. The wire spec (openapi.json) is untouched.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from codegen.reply_dates import as_datetime
from jiaofei.plan import ApiPlan
from jiaofei.spec import ApiSpec


def filled_fields(plan: ApiPlan) -> set[str]:
    """Fields the client supplies itself: settings (``fills``) and ``x-jiaofei-auto`` ones."""
    return {s.fills for s in plan.settings if s.fills} | set(plan.autos)


def request_envelope(plan: ApiPlan) -> str | None:
    return plan.envelope.request if plan.envelope else None


def build(document: dict[str, Any]) -> dict[str, Any]:
    view = copy.deepcopy(document)
    spec = ApiSpec("client view", view)
    plan = ApiPlan(spec)
    schemas = view.setdefault("components", {}).setdefault("schemas", {})
    filled = filled_fields(plan)
    envelope = request_envelope(plan)
    for op in spec.operations.values():
        if op.kind != "call":
            _lift(op.raw, schemas)
            continue
        signing = plan.operation(op.operation_id).signing
        signature = signing.signature if signing else None
        body = spec.resolve(op.raw.get("requestBody", {}))
        for media in body.get("content", {}).values():
            schema = spec.resolve(media["schema"])
            _leave_out(schema, {signature} if signature else set(), set() if envelope else filled)
            if envelope:
                _leave_out(spec.resolve(schema["properties"][envelope]), set(), filled)
    view["paths"] = {}
    view.pop("webhooks", None)
    view.pop("tags", None)
    _empty_dates_optional(view, spec)
    _as_read(view)
    return view


def _as_read(node: Any) -> None:
    """Each value the runtime reads (jiaofei.formats) gets the schema of what it becomes, so that
    the generated model declares the type it holds: parts (``x-format``) their schema
    (``x-parsed-schema``), reply dates (``x-jiaofei-read``) a date-time or date, yuan amounts
    (``format: decimal``) a number, which the models declare as Decimal (codegen/opc.py)."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(value, dict) and "x-parsed-schema" in value:
                node[key] = value["x-parsed-schema"]
            elif isinstance(value, dict) and "x-jiaofei-read" in value:
                node[key] = as_datetime(value)
            elif isinstance(value, dict) and value.get("format") == "decimal":
                node[key] = {"type": "number", "description": value.get("description", "")}
            else:
                _as_read(value)
    elif isinstance(node, list):
        for value in node:
            _as_read(value)


def _empty_dates_optional(node: Any, spec: ApiSpec) -> None:
    """A required reply date the spec lets be empty (OSPQ023's validateTime) is left out by the
    runtime when it is (``formats.compile_reader``): the model cannot require it."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict) and node.get("required"):
            node["required"] = [
                name
                for name in node["required"]
                if not _empty_date(spec.resolve(properties.get(name, {})))
            ]
            if not node["required"]:
                del node["required"]
        for value in node.values():
            _empty_dates_optional(value, spec)
    elif isinstance(node, list):
        for value in node:
            _empty_dates_optional(value, spec)


def _empty_date(schema: Any) -> bool:
    if not isinstance(schema, Mapping) or "x-jiaofei-read" not in schema:
        return False
    if schema.get("type") != "string" or schema.get("minLength", 0) > 0:
        return False
    return "pattern" not in schema or re.search(schema["pattern"], "") is not None


def _lift(op: Mapping[str, Any], schemas: dict[str, Any]) -> None:
    for media in op.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        if "$ref" not in schema:
            name = _class_name(op["operationId"])
            schemas.setdefault(name, schema)
            media["schema"] = {"$ref": f"#/components/schemas/{name}"}


def _class_name(operation_id: str) -> str:
    return "".join(part.capitalize() for part in operation_id.split("_"))


def _leave_out(schema: dict[str, Any], removed: set[str], optional: set[str]) -> None:
    """Drop ``removed`` properties and make ``optional`` ones not required, in place."""
    properties = schema.get("properties", {})
    for name in removed:
        properties.pop(name, None)
    schema["required"] = [
        r for r in schema.get("required", []) if r not in removed and r not in optional
    ]
    if not schema["required"]:
        del schema["required"]
