"""OpenAPI Overlay 1.0: apply an overlay's actions to a document.

Targets are RFC 9535 JSONPath queries; a target that matches nothing is an error (a renamed
path in the spec must not silently drop its signing rule).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import jsonpath_rfc9535


class OverlayError(Exception):
    pass


def apply(document: dict[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an OpenAPI Overlay 1.x document (missing 'overlay: 1.0.0')")
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay.get("actions", [])):
        target = action["target"]
        nodes = jsonpath_rfc9535.find(target, result)
        if not nodes:
            raise OverlayError(f"action {index}: target {target!r} matches nothing")
        for node in nodes:
            if action.get("remove"):
                _remove(result, node.location)
            elif "update" in action:
                if not isinstance(node.value, dict):
                    raise OverlayError(f"action {index}: target {target!r} is not an object")
                merge(node.value, action["update"])
    return result


def merge(target: dict[str, Any], update: Mapping[str, Any]) -> None:
    """Overlay 1.0 merge: objects merge recursively, arrays append, scalars replace."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, Mapping):
            merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def _remove(document: Any, location: tuple[Any, ...]) -> None:
    parent = document
    for key in location[:-1]:
        parent = parent[key]
    del parent[location[-1]]
