"""Reading an OpenAPI document as codegen needs it before it is known to be valid: YAML
loaded, and operations wherever they stand (paths, callbacks, webhooks) walked without assuming
an operationId, so that the project's rules can name the one that lacks it. ``$ref``s and an
object schema's members are read by the runtime's spec model (``jiaofei.spec``)."""

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


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader
