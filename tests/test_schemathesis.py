"""schemathesis with every check and every phase against the sandbox finds nothing."""

from __future__ import annotations

import os

import pytest

from jiaofei.contract.runner import Run

from conftest import KEY

pytestmark = pytest.mark.slow


def test_recharge_upstream_fuzzes_clean(sandbox, tmp_path) -> None:
    run = Run(
        "recharge-upstream",
        sandbox.url,
        KEY,
        max_examples=int(os.environ.get("JIAOFEI_FUZZ_EXAMPLES", "60")),
        seed=int(os.environ.get("JIAOFEI_FUZZ_SEED", "1")),
        junit_xml=str(tmp_path / "junit.xml"),
    )
    result = run.run(capture=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    assert (tmp_path / "junit.xml").exists()
