"""Reading an OpenAPI document as codegen needs it: operations wherever they stand (paths,
callbacks, webhooks), local ``$ref``s followed, an object schema's properties with its
``allOf`` parts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

# libyaml's loader where PyYAML was built with it: the specs are large.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def item_operations(item: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(method, operation) of one path item."""
    for method in METHODS:
        if method in item:
            yield method, item[method]


def path_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(path, method, operation) of every call the integrator makes."""
    for path, item in document.get("paths", {}).items():
        for method, op in item_operations(item):
            yield path, method, op


def incoming_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(label, operation) of every callback and webhook: what the vendor sends."""
    for _, _, op in path_operations(document):
        for name, callback in op.get("callbacks", {}).items():
            for item in callback.values():
                for _, cb_op in item_operations(item):
                    yield f"callback {name}", cb_op
    for name, item in document.get("webhooks", {}).items():
        for _, op in item_operations(item):
            yield f"webhook {name}", op


def all_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(label, operation) of every operation of the document."""
    for path, method, op in path_operations(document):
        yield f"{method.upper()} {path}", op
    yield from incoming_operations(document)


def resolve(document: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for token in node["$ref"].lstrip("#/").split("/"):
            target = target[token.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def members(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """An object schema's properties, including those of its ``allOf`` parts."""
    schema = resolve(document, schema)
    found: dict[str, Any] = {}
    if isinstance(schema, Mapping):
        for part in schema.get("allOf", []):
            found.update(members(document, part))
        found.update(schema.get("properties", {}))
    return found


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
