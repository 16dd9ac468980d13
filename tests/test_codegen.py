"""Codegen: overlays apply strictly, the project's spec rules hold, output is reproducible."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from codegen import lint
from codegen.apis import APIS
from codegen.document import load_yaml
from codegen.overlay import OverlayError, apply

ROOT = Path(__file__).resolve().parent.parent


def test_overlay_target_matching_nothing_fails() -> None:
    overlay = {
        "overlay": "1.0.0",
        "actions": [{"target": "$.paths['/nope'].post", "update": {"x": 1}}],
    }
    with pytest.raises(OverlayError, match="matches nothing"):
        apply({"paths": {}}, overlay)


def test_overlay_merges_and_removes() -> None:
    document = {"info": {"a": 1, "list": [1]}, "paths": {"/x": {"get": {}}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.info", "update": {"b": 2, "list": [2]}},
            {"target": "$.paths['/x']", "remove": True},
        ],
    }
    assert apply(document, overlay) == {"info": {"a": 1, "b": 2, "list": [1, 2]}, "paths": {}}
    assert document["paths"], "the input document is not modified"


@pytest.mark.parametrize("api", APIS, ids=lambda a: a.name)
def test_every_operation_is_traceable(api) -> None:
    lint.check_traceability(api.name, load_yaml(api.spec_path))


def test_missing_x_source_is_refused() -> None:
    document = load_yaml(APIS[0].spec_path)
    broken = copy.deepcopy(document)
    del broken["paths"]["/1/api/oper/order"]["post"]["x-source"]
    with pytest.raises(lint.SpecRuleError, match="x-source"):
        lint.check_traceability("recharge-upstream", broken)


def test_incomplete_errata_is_refused() -> None:
    broken = copy.deepcopy(load_yaml(APIS[0].spec_path))
    broken["paths"]["/1/api/oper/order"]["post"]["x-doc-errata"] = [{"where": "x", "doc": "y"}]
    with pytest.raises(lint.SpecRuleError, match="lacks"):
        lint.check_traceability("recharge-upstream", broken)


def test_signed_field_missing_from_schema_is_refused(tmp_path: Path) -> None:
    from codegen.overlay import apply as apply_overlay

    api = APIS[0]
    overlay = load_yaml(api.overlay_path)
    overlay["actions"][1]["update"]["x-jiaofei-signing"]["fields"].append("phone")
    document = apply_overlay(load_yaml(api.spec_path), overlay)
    with pytest.raises(lint.SpecRuleError, match="'phone'"):
        lint.check_overlay(api.name, document)


@pytest.mark.slow
def test_generated_is_current_and_regeneration_is_a_no_op() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    again = subprocess.run(
        [sys.executable, "-m", "codegen"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert "regenerated" not in again.stdout


def test_models_load_one_module_at_a_time() -> None:
    """Importing an API loads no model; importing a model loads its module and what it uses."""
    code = (
        "import sys\n"
        "import jiaofei.cmcc_osp\n"
        "loaded = lambda: {m for m in sys.modules if '._openapi.models.' in m}\n"
        "before = loaded()\n"
        "from jiaofei.cmcc_osp.models import OSPO001Reply, UNSET\n"
        "print(len(before), len(loaded()), OSPO001Reply.__module__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    before, after, module = result.stdout.split()
    assert before == "0"
    # OSPO001Reply and its two enums, not the hundreds of models cmcc-osp has.
    assert after == "3" and module.endswith("._openapi.models.ospo001_reply")


def test_errata_cover_the_issue_list() -> None:
    text = yaml.safe_dump(load_yaml(ROOT / "spec" / "recharge-upstream.yaml"), allow_unicode=True)
    for expected in [
        "typed Date; the examples are 13-digit",
        "operatorsName is typed Date",
        "4、9",
        "运营商查询余额",
        "bare JSON number",
        "how the body is encoded",
        "data is typed String, but the example shows a JSON object",
    ]:
        assert expected in text, expected
