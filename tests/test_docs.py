"""Browsable API docs with no network: /openapi.json and /docs on the sandbox, ``jiaofei docs``
writing a static site, each operation's signing recipe and code tables; headless Chromium
(Debian's ``chromium``) renders /docs of every API, one screenshot each under reports/docs/."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from jiaofei import API_PACKAGES, cli
from jiaofei.docs import docs_document
from jiaofei.plan import ApiPlan
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

from conftest import KEY

APIS = sorted(API_PACKAGES)
SCREENSHOTS = Path(__file__).parent.parent / "reports" / "docs"
# Any address off this machine: the page must not need it.
NO_NETWORK = "--proxy-server=http://127.0.0.1:9"


def test_sandbox_serves_its_document_and_docs_page(sandbox) -> None:
    document = httpx.get(f"{sandbox.url}/openapi.json").json()
    assert document == ApiPlan.load("recharge-upstream").spec.document
    page = httpx.get(f"{sandbox.url}/docs").text
    assert '<script src="/_sandbox/redoc.standalone.js">' in page
    script = httpx.get(f"{sandbox.url}/_sandbox/redoc.standalone.js")
    assert script.status_code == 200 and b"Redoc" in script.content
    assert not re.search(r"""(src|href)=["']?https?:""", page)


def test_recipe_gives_fields_in_order_and_a_reproducible_example() -> None:
    document = docs_document(ApiPlan.load("recharge-upstream"))
    text = document["paths"]["/1/api/oper/query_order"]["post"]["description"]
    assert "Signed fields, in order: `uid`, `order_no`" in text
    example = re.search(r"string to sign: `([^`]*)`\n- signature: `([0-9a-f]{32})`", text)
    assert example is not None
    # md5-concat (§1.4): the source string, then the key, MD5 lower hex.
    source, signature = example.groups()
    assert hashlib.md5((source + "sample-key").encode()).hexdigest() == signature
    assert "| `400` | 失败 |" in text


def test_code_tables_of_an_envelope_api_are_listed() -> None:
    document = docs_document(ApiPlan.load("ccb-electricity"))
    text = document["paths"]["/trade/query"]["post"]["description"]
    assert "#### `sub_code`" in text and "| `0002` | 已退款 |" in text
    assert "sorted by name" in text


def test_docs_command_writes_a_static_site_with_the_licence(tmp_path, capsys) -> None:
    assert cli.main(["docs", "cmpay", "--out", str(tmp_path)]) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert {"index.html", "openapi.json", "redoc.standalone.js", "REDOC-LICENSE"} <= names
    assert "MIT License" in (tmp_path / "REDOC-LICENSE").read_text()
    assert json.loads((tmp_path / "openapi.json").read_text())["info"]["title"]
    page = (tmp_path / "index.html").read_text()
    assert '<script src="redoc.standalone.js">' in page and "cmpayService" in page
    assert str(tmp_path / "index.html") in capsys.readouterr().out


def chromium(*arguments: str) -> str:
    found = shutil.which("chromium")
    if found is None:
        pytest.skip("chromium is not installed (./dev test installs it)")
    run = subprocess.run(
        [found, "--headless", "--no-sandbox", "--disable-gpu", NO_NETWORK, *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return run.stdout


@pytest.mark.slow
@pytest.mark.parametrize("api", APIS)
def test_docs_render_in_headless_chromium_without_network(api: str) -> None:
    chromium("--version")  # skips when absent, before a server starts
    calls = [op for op in ApiPlan.load(api).operations() if op.kind == "call"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    shot = SCREENSHOTS / f"{api}.png"
    with serve_in_thread(create_app(api, KEY)) as server:
        dom = chromium(
            "--virtual-time-budget=5000",
            "--window-size=1280,1600",
            f"--screenshot={shot}",
            "--dump-dom",
            f"{server.url}/docs",
        )
    rendered = set(re.findall(r'data-section-id="operation/([^"]+)"', dom))
    assert {op.operation_id for op in calls} <= rendered
    assert shot.stat().st_size > 10_000
