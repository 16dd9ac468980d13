"""Merging a spec written in parts into one OpenAPI document.

A root document (``spec/<api>.yaml``) lists its parts under ``x-parts`` and gives the merged
document its ``info`` and ``servers``. Each part is a standalone OpenAPI document; references
into another part (``codes.yaml#/components/schemas/X``) become local
(``#/components/schemas/X``). Two parts defining the same component name differently is an
error, never a silent overwrite.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from codegen.document import load_yaml

SECTIONS = ("paths", "webhooks")


class BundleError(Exception):
    pass


def _localise(node: Any, parts: set[str]) -> Any:
    if isinstance(node, dict):
        result = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str) and "#" in value:
                target, _, pointer = value.partition("#")
                if target and Path(target).name not in parts:
                    raise BundleError(f"reference to an unknown part: {value}")
                value = f"#{pointer}"
            result[key] = _localise(value, parts)
        return result
    if isinstance(node, list):
        return [_localise(v, parts) for v in node]
    return node


def load_spec(path: Path) -> dict[str, Any]:
    """The spec at ``path``: the document itself, or its parts merged when it lists any."""
    document: dict[str, Any] = load_yaml(path)
    if "x-parts" not in document:
        return document
    files = [path.parent / name for name in document["x-parts"]]
    merged = bundle(files, document["info"])
    merged["servers"] = document.get("servers", merged.get("servers", []))
    return merged


def bundle(files: list[Path], info: dict[str, Any]) -> dict[str, Any]:
    """Merge the parts in ``files``; the parts' own info-level errata are kept on ``info``."""
    names = {f.name for f in files}
    merged: dict[str, Any] = {"openapi": "3.1.0", "info": copy.deepcopy(info)}
    for path in files:
        part = _localise(load_yaml(path), names)
        merged.setdefault("servers", part.get("servers", []))
        errata = part.get("info", {}).get("x-doc-errata", [])
        merged["info"].setdefault("x-doc-errata", []).extend(copy.deepcopy(errata))
        for section in SECTIONS:
            for key, value in part.get(section, {}).items():
                if key in merged.setdefault(section, {}):
                    raise BundleError(f"{path.name}: {section} entry {key!r} is defined twice")
                merged[section][key] = value
        for kind, entries in part.get("components", {}).items():
            target = merged.setdefault("components", {}).setdefault(kind, {})
            for key, value in entries.items():
                if key in target and target[key] != value:
                    raise BundleError(
                        f"{path.name}: components/{kind}/{key} clashes with another part"
                    )
                target[key] = value
        for extension, value in part.items():
            if extension.startswith("x-"):
                merged.setdefault(extension, value)
    return merged
