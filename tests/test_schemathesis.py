"""schemathesis with every check and every phase against each sandbox finds nothing."""

from __future__ import annotations

import os

import pytest

from jiaofei.contract.runner import Run
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

pytestmark = pytest.mark.slow

CASES = [
    ("recharge-upstream", "k3y", {}),
    ("recharge-service", "app-secret", {}),
    ("recharge-service", "app-secret", {"sign_scheme": "md5-concat"}),
    ("ccb-electricity", "", {}),
    ("ccb-electricity", "shared-secret", {}),
    ("cmpay", "cmpay-sign-key", {}),
]


@pytest.mark.parametrize(("api", "secret", "settings"), CASES, ids=lambda c: str(c))
def test_sandbox_fuzzes_clean(api: str, secret: str, settings: dict, tmp_path) -> None:
    app = create_app(api, secret, settings=settings, retry_delay=0.05)
    with serve_in_thread(app) as server:
        run = Run(
            api,
            server.url,
            secret,
            settings=settings,
            max_examples=int(os.environ.get("JIAOFEI_FUZZ_EXAMPLES", "50")),
            seed=int(os.environ.get("JIAOFEI_FUZZ_SEED", "1")),
            junit_xml=str(tmp_path / "junit.xml"),
        )
        result = run.run(capture=True, timeout=900)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout
    assert (tmp_path / "junit.xml").exists()
    assert app.state.sandbox.internal_errors == 0
