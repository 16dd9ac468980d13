"""The cmcc-osp transcription parts stay valid OpenAPI and follow the project's spec rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from openapi_spec_validator import validate

from codegen import lint

PARTS = sorted((Path(__file__).resolve().parent.parent / "spec" / "cmcc-osp").glob("*.yaml"))


@pytest.mark.parametrize("part", PARTS, ids=lambda p: p.name)
def test_part_is_valid_and_traceable(part: Path) -> None:
    document = yaml.safe_load(part.read_text(encoding="utf-8"))
    validate(document, base_uri=part.as_uri())
    lint.check_traceability(part.name, document)


def test_every_interface_of_the_document_has_an_operation() -> None:
    codes = set()
    for part in PARTS:
        document = yaml.safe_load(part.read_text(encoding="utf-8"))
        items = [*document.get("paths", {}).values(), *document.get("webhooks", {}).values()]
        for item in items:
            for op in item.values():
                if isinstance(op, dict) and op.get("x-interface-code"):
                    codes.add(op["x-interface-code"])
    expected = (
        {f"OSPB{n:03d}" for n in [*range(1, 11), *range(14, 25)]}
        | {f"OSPF{n:03d}" for n in range(1, 6)}
        | {"OSPO001"}
        | {f"OSPQ{n:03d}" for n in [2, 3, 4, *range(6, 25)]}
        | {f"OSPC{n:03d}" for n in range(1, 9)}
        | {f"OSPP{n:03d}" for n in [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14]}
    )
    assert len(expected) == 69
    assert codes == expected
