"""Edits made where maintainers make them — the spec's YAML and the overlay's — carried through
codegen's own pipeline (bundle, overlay, reply dates) into the document the wheel ships, then
classified against the shipped one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from codegen import reply_dates
from codegen.bundle import load_spec
from codegen.document import load_yaml
from codegen.overlay import apply
from jiaofei.diff import Level, diff

ROOT = Path(__file__).resolve().parents[1]
API = "recharge-upstream"


def shipped() -> Any:
    return json.loads(
        (ROOT / "generated/jiaofei/recharge_upstream/openapi.json").read_text("utf-8")
    )


def built(
    tmp_path: Path, spec_edit: tuple[str, str] = ("", ""), overlay_edit: tuple[str, str] = ("", "")
) -> Any:
    """The shipped document codegen would make from the edited spec and overlay."""
    spec = (ROOT / "spec" / f"{API}.yaml").read_text(encoding="utf-8")
    overlay = (ROOT / "overlays" / f"{API}.overlay.yaml").read_text(encoding="utf-8")
    assert spec_edit[0] in spec
    assert overlay_edit[0] in overlay
    spec, overlay = spec.replace(*spec_edit, 1), overlay.replace(*overlay_edit, 1)
    (tmp_path / "spec.yaml").write_text(spec, encoding="utf-8")
    (tmp_path / "overlay.yaml").write_text(overlay, encoding="utf-8")
    document = apply(load_spec(tmp_path / "spec.yaml"), load_yaml(tmp_path / "overlay.yaml"))
    reply_dates.mark(document)
    return json.loads(json.dumps(document))


def test_the_pipeline_unedited_gives_the_shipped_document(tmp_path: Path) -> None:
    assert len(diff(shipped(), built(tmp_path), API)) == 0


def test_a_callback_field_made_required_in_the_spec_breaks_receivers(tmp_path: Path) -> None:
    fields = "uid, order_no, mobile_order_no, phone_number, face_value, status, sign"
    edit = (
        f"required: [{fields}]\n      additionalProperties: false\n      properties:\n",
        f"required: [{fields}, extra]\n      additionalProperties: false\n      properties:\n"
        "        extra: {type: string, maxLength: 8}\n",
    )
    report = diff(shipped(), built(tmp_path, spec_edit=edit), API)
    assert [(c.rule, c.level, c.operation) for c in report.at(Level.BREAKING)] == [
        ("delivery-property-added-required", Level.BREAKING, "order_notify")
    ] * 2  # the callback is read as a form and as JSON


def test_signed_fields_reordered_in_the_overlay_are_breaking(tmp_path: Path) -> None:
    edit = (
        "fields: [uid, order_no, phone_number, face_value]",
        "fields: [order_no, uid, phone_number, face_value]",
    )
    report = diff(shipped(), built(tmp_path, overlay_edit=edit), API)
    assert [(c.rule, c.operation) for c in report] == [("signing-fields-reordered", "order")]
