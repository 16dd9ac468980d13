"""The wheel installs into a fresh venv and makes a signed call against the sandbox from there."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from jiaofei.recharge_upstream import Client
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

with serve_in_thread(create_app("recharge-upstream", "k")) as server:
    with Client(server.url, uid="1", md5_key="k") as client:
        client.order(order_no="W1", order_type=1, mobile_type=1, phone_number="1", face_value=1,
                     notify_url="http://127.0.0.1:9/")
        print("status", client.query_order(order_no="W1").status_id)
import jiaofei
print("file", jiaofei.__file__)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return next(out.glob("jiaofei-*.whl"))


def test_wheel_contents(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "jiaofei/py.typed" in names
    for package in ("recharge_upstream", "recharge_service", "cmpay", "ccb_electricity"):
        assert f"jiaofei/{package}/openapi.json" in names
        assert f"jiaofei/{package}/_client.py" in names
    assert "jiaofei/recharge_upstream/_openapi/models/order_request.py" in names
    assert "jiaofei/recharge_upstream/models.py" in names
    assert not [n for n in names if "/_openapi/api/" in n or n.endswith("/endpoints.py")]
    assert "jiaofei/signing/md5_concat.py" in names
    assert not [n for n in names if n.split("/")[0] not in ("jiaofei",) and ".dist-info" not in n]


def test_wheel_works_in_a_fresh_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True, timeout=600)
    result = subprocess.run(
        [str(python), "-c", SCRIPT],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "status 4" in result.stdout
    assert str(env_dir) in result.stdout
    cli = subprocess.run(
        [str(env_dir / "bin" / "jiaofei"), "ops", "recharge-upstream"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert cli.stdout.startswith("order\tPOST")
