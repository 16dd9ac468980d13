"""A feature whose extra is not installed names the extra (modules made unimportable here;
tests/test_wheel.py checks the same in a venv with the bare wheel)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

import jiaofei
from jiaofei import cli
from jiaofei.errors import JiaofeiError
from jiaofei.extras import MissingExtra, require


def uninstall(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    """Make ``modules`` fail to import as if absent, and forget the sandbox already imported."""
    if hasattr(jiaofei, "sandbox"):
        monkeypatch.setattr(jiaofei, "sandbox", jiaofei.sandbox)
    for name in list(sys.modules):
        if name == "jiaofei.sandbox" or name.startswith("jiaofei.sandbox."):
            monkeypatch.delitem(sys.modules, name)
    for module in modules:
        monkeypatch.setitem(sys.modules, module, None)


def test_require_imports_what_is_installed() -> None:
    assert require("json", "sandbox", "x") is importlib.import_module("json")


def test_require_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    uninstall(monkeypatch, "uvicorn")
    with pytest.raises(MissingExtra) as caught:
        require("uvicorn", "sandbox", "the thing")
    assert str(caught.value) == "the thing needs the sandbox extra: pip install 'jiaofei[sandbox]'"
    assert isinstance(caught.value, ImportError) and isinstance(caught.value, JiaofeiError)
    assert (caught.value.extra, caught.value.name) == ("sandbox", "uvicorn")


def test_a_broken_installed_package_is_not_blamed_on_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "installed_but_broken.py").write_text("import its_missing_dependency\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError) as caught:
        require("installed_but_broken", "sandbox", "x")
    assert not isinstance(caught.value, MissingExtra)
    assert caught.value.name == "its_missing_dependency"


def test_importing_the_sandbox_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    uninstall(monkeypatch, "starlette")
    with pytest.raises(ImportError, match=r"pip install 'jiaofei\[sandbox\]'"):
        importlib.import_module("jiaofei.sandbox")


def test_the_sandbox_server_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    uninstall(monkeypatch, "uvicorn")
    importlib.import_module("jiaofei.sandbox")  # the app needs starlette only
    with pytest.raises(ImportError, match=r"pip install 'jiaofei\[sandbox\]'"):
        importlib.import_module("jiaofei.sandbox.server")


@pytest.mark.parametrize("module", ["starlette", "uvicorn"])
def test_cli_sandbox_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], module: str
) -> None:
    uninstall(monkeypatch, module)
    assert cli.main(["sandbox", "recharge-upstream", "--secret", "k"]) == 2
    assert capsys.readouterr().err == (
        "jiaofei: jiaofei sandbox needs the sandbox extra: pip install 'jiaofei[sandbox]'\n"
    )


def test_cli_contract_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    uninstall(monkeypatch, "schemathesis")
    argv = ["contract", "recharge-upstream", "--base-url", "http://127.0.0.1:9", "--secret", "k"]
    assert cli.main(argv) == 2
    assert "jiaofei contract needs the contract extra: pip install 'jiaofei[contract]'" in (
        capsys.readouterr().err
    )


def test_the_redis_store_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from jiaofei.stores import RedisDedupe

    uninstall(monkeypatch, "redis")
    with pytest.raises(MissingExtra, match=r"pip install 'jiaofei\[redis\]'"):
        RedisDedupe.from_url("redis://127.0.0.1:9/0")
