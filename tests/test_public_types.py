"""The public surface as users' type checkers and ``typing`` see it: mypy --strict flags each
misuse in tests/typecheck_misuse (and nothing else there); every public method's annotations
resolve at run time without loading the models; ``models`` and ``Unset`` are importable."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from jiaofei import API_PACKAGES

ROOT = Path(__file__).resolve().parent.parent
MISUSE = ROOT / "tests" / "typecheck_misuse" / "misuse.py"


@pytest.mark.slow
def test_mypy_strict_flags_each_misuse() -> None:
    expected = {
        number: marker.group(1)
        for number, line in enumerate(MISUSE.read_text().splitlines(), start=1)
        if (marker := re.search(r"# error: ([\w-]+)$", line))
    }
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(MISUSE)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )
    flagged = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r"misuse\.py:(\d+): error: .*\[([\w-]+)\]$", result.stdout, re.M)
    }
    assert flagged == expected, result.stdout


@pytest.mark.parametrize("package", sorted(API_PACKAGES.values()))
def test_type_hints_resolve_on_every_public_method(package: str) -> None:
    module = importlib.import_module(package)
    for cls in (module.Client, module.AsyncClient, module.Receiver):
        for name in ["__init__", *(n for n in dir(cls) if not n.startswith("_"))]:
            member = getattr(cls, name)
            if callable(member):
                typing.get_type_hints(member)


def test_models_module_and_unset_are_public() -> None:
    from jiaofei.recharge_upstream.models import OrderReply, Unset

    assert OrderReply.__name__ == "OrderReply"
    assert not Unset()
