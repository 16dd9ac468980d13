"""The view of an overlaid spec that openapi-python-client is given.

openapi-python-client generates one body per operation and writes a broken ``_get_kwargs``
when a request lists several media types, names endpoint modules after tags (Chinese tags
make non-ASCII module names), and ignores callbacks and webhooks. The view therefore keeps
one request media type, drops tags, leaves out the fields the client fills itself (the
signature, settings such as ``uid``) and lifts inline callback/webhook schemas into
components so their models are generated too. The wire spec (openapi.json) is untouched.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.document import incoming_operations, path_operations
from codegen.reply_dates import as_datetime
from jiaofei.spec import ApiSpec


def filled_fields(document: dict[str, Any]) -> set[str]:
    """Fields the client supplies itself: settings (``fills``) and ``x-jiaofei-auto`` ones."""
    info = document["info"]
    settings = {s["fills"] for s in info.get("x-jiaofei-settings", []) if s.get("fills")}
    return settings | set(info.get("x-jiaofei-auto", {}))


def build(document: dict[str, Any]) -> dict[str, Any]:
    view = copy.deepcopy(document)
    schemas = view.setdefault("components", {}).setdefault("schemas", {})
    filled = filled_fields(view)
    envelope = (view["info"].get("x-jiaofei-envelope") or {}).get("request")
    resolve = ApiSpec("client view", view).resolve
    view.pop("tags", None)
    for _, op in incoming_operations(view):
        _lift(op, schemas)
    for _, _, op in path_operations(view):
        op.pop("tags", None)
        op.pop("callbacks", None)
        body = op.get("requestBody")
        if not body:
            continue
        content = body["content"]
        first = next(iter(content))
        body["content"] = {first: content[first]}
        signature = (op.get("x-jiaofei-signing") or {}).get("signature")
        schema = resolve(content[first]["schema"])
        _leave_out(schema, {signature} if signature else set(), set() if envelope else filled)
        if envelope:
            _leave_out(resolve(schema["properties"][envelope]), set(), filled)
    view.pop("webhooks", None)
    _use_parsed_schemas(view)
    return view


def _use_parsed_schemas(node: Any) -> None:
    """Properties the runtime reads into parts (``x-format``) are given the parts' schema
    (``x-parsed-schema``), and reply dates it reads (``x-jiaofei-read``) a date-time schema, so
    the generated model holds the parsed value."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(value, dict) and "x-parsed-schema" in value:
                node[key] = value["x-parsed-schema"]
            elif isinstance(value, dict) and "x-jiaofei-read" in value:
                node[key] = as_datetime(value)
            else:
                _use_parsed_schemas(value)
    elif isinstance(node, list):
        for value in node:
            _use_parsed_schemas(value)


def _lift(op: dict[str, Any], schemas: dict[str, Any]) -> None:
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
