"""The wheel in fresh venvs: the bare wheel is a client (signed calls against a sandbox run from
this test's environment) that names the extras it lacks; with ``[sandbox]`` it serves the
sandbox; with ``[contract]`` it fuzzes a server."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import venv
import zipfile
from pathlib import Path

import httpx
import pytest

from jiaofei.sandbox.server import RunningServer

from conftest import KEY

# The module runs on one xdist worker (the tests session schedules with --dist loadgroup), so
# that its module fixtures build the wheel and each venv once.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]

ROOT = Path(__file__).resolve().parent.parent

# The signing package imported every scheme, RSA's cryptography included, on the first
# signature of any scheme. Until the RSA scheme loads cryptography when it signs (through
# jiaofei.extras.require), a signature without the rsa extra fails on that import.

SIGNED_CALL = """
import sys
from jiaofei.recharge_upstream import Client

with Client(sys.argv[1], uid="1", md5_key=sys.argv[2]) as client:
    client.order(order_no="W1", order_type=1, mobile_type=1, phone_number="1", face_value=1,
                 notify_url="http://127.0.0.1:9/")
    print("status", client.query_order(order_no="W1").status_id)
"""

RSA_CALL = """
from jiaofei.cmpay import Client

with Client("http://127.0.0.1:9", merchant_id="1", sign_type="RSA", merchant_private_key="k",
            merchant_public_key="k", platform_public_key="k") as client:
    try:
        client.order_query(order_id="1")
    except ImportError as exc:
        print("refused:", exc)
"""

SANDBOX_IMPORT = """
try:
    from jiaofei.sandbox import create_app
except ImportError as exc:
    print("refused:", exc)
"""

SERVED = """
import sys
from jiaofei.recharge_upstream import Client
from jiaofei.sandbox import create_app
from jiaofei.sandbox.server import serve_in_thread

with serve_in_thread(create_app("recharge-upstream", "k")) as server:
    print("serving", server.url, flush=True)
    if sys.argv[1:] == ["call"]:
        with Client(server.url, uid="1", md5_key="k") as client:
            client.order(order_no="W1", order_type=1, mobile_type=1, phone_number="1",
                         face_value=1, notify_url="http://127.0.0.1:9/")
            print("status", client.query_order(order_no="W1").status_id)
import jiaofei
print("file", jiaofei.__file__)
"""


class Venv:
    def __init__(self, root: Path) -> None:
        self.root = root

    def bin(self, name: str) -> str:
        return str(self.root / "bin" / name)

    def run(self, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            argv, capture_output=True, text=True, cwd=self.root, check=False, timeout=timeout
        )

    def python(self, script: str, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(self.bin("python"), "-c", script, *args)

    def installed(self) -> set[str]:
        listed = self.run(self.bin("python"), "-m", "pip", "list", "--format", "freeze")
        return {line.split("==")[0].lower().replace("_", "-") for line in listed.stdout.split()}


def make_venv(factory: pytest.TempPathFactory, wheel: Path, extras: str = "") -> Venv:
    root = factory.mktemp(f"venv-{extras or 'bare'}")
    venv.create(root, with_pip=True)
    requirement = f"{wheel}[{extras}]" if extras else str(wheel)
    subprocess.run(
        [str(root / "bin" / "python"), "-m", "pip", "install", "-q", requirement],
        check=True,
        timeout=900,
    )
    return Venv(root)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return next(out.glob("jiaofei-*.whl"))


@pytest.fixture(scope="module")
def bare(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    return make_venv(tmp_path_factory, wheel)


@pytest.fixture(scope="module")
def with_sandbox(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Venv:
    return make_venv(tmp_path_factory, wheel, "sandbox")


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
    assert "jiaofei/extras.py" in names
    assert not [n for n in names if n.split("/")[0] not in ("jiaofei",) and ".dist-info" not in n]


def test_bare_wheel_is_a_client_without_server_or_crypto(bare: Venv) -> None:
    installed = bare.installed()
    assert {"jiaofei", "httpx", "attrs", "jsonschema-rs"} <= installed
    assert not installed & {"starlette", "uvicorn", "cryptography", "jsonschema", "referencing"}
    imported = bare.python(
        "import jiaofei; from jiaofei import API_PACKAGES; import importlib\n"
        "for package in API_PACKAGES.values(): importlib.import_module(package)\n"
        "print(jiaofei.__file__)"
    )
    assert imported.returncode == 0, imported.stderr
    assert str(bare.root) in imported.stdout
    ops = bare.run(bare.bin("jiaofei"), "ops", "recharge-upstream")
    assert ops.stdout.splitlines()[1].startswith("order\tPOST"), ops.stderr


def test_mypy_strict_flags_each_misuse_against_the_installed_wheel(
    bare: Venv, tmp_path: Path
) -> None:
    misuse = ROOT / "tests" / "typecheck_misuse" / "misuse.py"
    expected = {
        number: marker.group(1)
        for number, line in enumerate(misuse.read_text().splitlines(), start=1)
        if (marker := re.search(r"# error: ([\w-]+)$", line))
    }
    user_file = tmp_path / "misuse.py"
    user_file.write_text(misuse.read_text())
    # This environment's mypy, reading the packages installed in the wheel's venv.
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            bare.bin("python"),
            str(user_file),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=300,
    )
    flagged = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"misuse\.py:(\d+): error: .*\[([\w-]+)\]$", checked.stdout, re.M)
    }
    assert flagged == expected, checked.stdout + checked.stderr


def test_bare_wheel_names_the_sandbox_and_contract_extras(bare: Venv) -> None:
    imported = bare.python(SANDBOX_IMPORT)
    assert imported.stdout == (
        "refused: jiaofei.sandbox needs the sandbox extra: pip install 'jiaofei[sandbox]'\n"
    ), imported.stderr
    cli = bare.run(bare.bin("jiaofei"), "sandbox", "recharge-upstream", "--secret", KEY)
    assert cli.returncode == 2
    assert cli.stderr == (
        "jiaofei: jiaofei sandbox needs the sandbox extra: pip install 'jiaofei[sandbox]'\n"
    )
    contract = bare.run(
        bare.bin("jiaofei"),
        "contract",
        "recharge-upstream",
        "--base-url",
        "http://127.0.0.1:9",
        "--secret",
        KEY,
    )
    assert contract.returncode == 2
    assert "needs the contract extra: pip install 'jiaofei[contract]'" in contract.stderr


def test_bare_wheel_makes_a_signed_call(bare: Venv, sandbox: RunningServer) -> None:
    # The sandbox runs in this test's environment; the client in the venv.
    result = bare.python(SIGNED_CALL, sandbox.url, KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "status 4\n"


def test_bare_wheel_names_the_rsa_extra(bare: Venv) -> None:
    result = bare.python(RSA_CALL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused: ")
    assert "needs the rsa extra: pip install 'jiaofei[rsa]'" in result.stdout


def test_sandbox_extra_serves_the_sandbox(with_sandbox: Venv) -> None:
    installed = with_sandbox.installed()
    assert {"starlette", "uvicorn"} <= installed
    assert not installed & {"cryptography", "schemathesis"}
    served = with_sandbox.python(SERVED)
    assert served.returncode == 0, served.stderr
    assert "serving http://127.0.0.1:" in served.stdout
    assert str(with_sandbox.root) in served.stdout


def test_sandbox_extra_runs_the_sandbox_command(with_sandbox: Venv, unused_port: int) -> None:
    url = f"http://127.0.0.1:{unused_port}"
    argv = ["sandbox", "recharge-upstream", "--port", str(unused_port), "--secret", KEY]
    process = subprocess.Popen(
        [with_sandbox.bin("jiaofei"), *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"{url}/_sandbox/health", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.communicate()[1]
                assert time.monotonic() < deadline, "the sandbox did not start"
                time.sleep(0.1)
        assert health.status_code == 200
    finally:
        process.terminate()
        process.wait(10)


def test_sandbox_extra_serves_signed_calls(with_sandbox: Venv) -> None:
    result = with_sandbox.python(SERVED, "call")
    assert result.returncode == 0, result.stderr
    assert "status 4" in result.stdout


def test_contract_extra_fuzzes_a_server_without_the_sandbox_extra(
    wheel: Path, tmp_path_factory: pytest.TempPathFactory, sandbox: RunningServer
) -> None:
    contract = make_venv(tmp_path_factory, wheel, "contract")
    installed = contract.installed()
    assert "schemathesis" in installed
    assert not installed & {"starlette", "uvicorn"}
    run = contract.run(
        contract.bin("jiaofei"),
        "contract",
        "recharge-upstream",
        "--base-url",
        sandbox.url,
        "--secret",
        KEY,
        "--max-examples",
        "3",
        "--seed",
        "1",
        "--phases",
        "examples",
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-4000:]
