"""Every example of every shipped document (bodies, replies, parameters) is valid under its
schema for jsonschema (Draft 2020-12) and jsonschema-rs alike. redocly.yaml relies on this
where Redocly's example check reads the conditional schemas differently (see its comment)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated" / "jiaofei"


def _examples(node: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(pointer, schema, value) of each example beside a schema (media types, parameters)."""
    if isinstance(node, dict):
        if "schema" in node and isinstance(node.get("examples"), dict):
            for name, example in node["examples"].items():
                if "value" in example:
                    yield f"{where}/examples/{name}", node["schema"], example["value"]
        for key, value in node.items():
            if key != "components":
                yield from _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{where}/{index}")


def _cases() -> Iterator[Any]:
    for path in sorted(GENERATED.glob("*/openapi.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        found = list(_examples(document, ""))
        assert found, path
        yield pytest.param(document, found, id=path.parent.name)


@pytest.mark.parametrize(("document", "examples"), list(_cases()))
def test_every_example_is_valid_for_both_validators(
    document: dict[str, Any], examples: list[tuple[str, Any, Any]]
) -> None:
    refused = []
    for where, schema, value in examples:
        # The schema with the document's components beside it, so that its $refs resolve.
        root = {**schema, "components": document["components"]}
        errors = [e.message for e in jsonschema.Draft202012Validator(root).iter_errors(value)]
        if errors or not jsonschema_rs.Draft202012Validator(root).is_valid(value):
            refused.append((where, errors))
    assert refused == []
