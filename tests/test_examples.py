"""Every example of every shipped document (bodies, replies, parameters) is valid under its
schema for jsonschema (Draft 2020-12) and for jsonschema-rs as the runtime compiles it (formats
asserted). redocly.yaml relies on this where Redocly's example check reads the conditional
schemas differently (see its comment)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from jiaofei import API_PACKAGES, validation
from jiaofei.diff.changes import escape
from jiaofei.spec import ApiSpec


def _examples(node: Any, where: str) -> Iterator[tuple[str, Any, Any]]:
    """(schema pointer, schema, value) of each example beside a schema (media types,
    parameters)."""
    if isinstance(node, dict):
        if "schema" in node and isinstance(node.get("examples"), dict):
            for example in node["examples"].values():
                if "value" in example:
                    yield f"{where}/schema", node["schema"], example["value"]
        for key, value in node.items():
            if key != "components":
                yield from _examples(value, f"{where}/{escape(key)}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _examples(value, f"{where}/{index}")


@pytest.mark.parametrize("api", sorted(API_PACKAGES))
def test_every_example_is_valid_for_both_validators(api: str) -> None:
    spec = ApiSpec.load(api)
    document = dict(spec.document)
    examples = list(_examples(document, ""))
    assert examples
    refused = []
    for pointer, schema, value in examples:
        # The schema with the document's components beside it, so that its $refs resolve.
        root = {**schema, "components": document["components"]}
        errors = [e.message for e in jsonschema.Draft202012Validator(root).iter_errors(value)]
        if errors or not validation.compiled(spec, pointer).is_valid(value):
            refused.append((pointer, errors))
    assert refused == []
