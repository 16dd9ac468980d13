"""A module loaded on first attribute access: the generated facades name their models through
one, so that ``typing.get_type_hints`` resolves them while importing a facade stays cheap."""

from __future__ import annotations

from importlib import import_module
from typing import Any


class LazyModule:
    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"
