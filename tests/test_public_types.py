"""The public surface as ``typing`` sees it: every public method's annotations resolve at run
time; ``models`` and ``Unset`` are importable. (mypy --strict on users' misuses runs against
the installed wheel: tests/test_wheel.py.)"""

from __future__ import annotations

import importlib
import typing

import pytest

from jiaofei import API_PACKAGES


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
