"""Bundling spec parts: cmcc-osp's parts merge into one valid document."""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_spec_validator import validate

from codegen.bundle import BundleError, bundle, load_spec

ROOT = Path(__file__).resolve().parent.parent


def test_cmcc_osp_parts_bundle_into_one_valid_document() -> None:
    document = load_spec(ROOT / "spec" / "cmcc-osp.yaml")
    validate(document)
    text = repr(document)
    assert ".yaml#" not in text
    codes = {
        op.get("x-interface-code")
        for section in ("paths", "webhooks")
        for item in document[section].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    assert len(codes - {None}) == 69


def test_clashing_component_names_are_refused(tmp_path: Path) -> None:
    for name, schema in (("a.yaml", {"type": "string"}), ("b.yaml", {"type": "integer"})):
        (tmp_path / name).write_text(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
            f"components: {{schemas: {{Same: {schema}}}}}\n".replace("'", '"'),
            encoding="utf-8",
        )
    with pytest.raises(BundleError, match="Same"):
        bundle(sorted(tmp_path.glob("*.yaml")), {"title": "t", "version": "1"})
