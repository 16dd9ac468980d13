"""Signing variants an API declares (``x-jiaofei-signing-variants``): the ways deployed peers
are known to sign differently from the document, each a named set of rule options (see
:mod:`jiaofei.signing.base`) that a setting selects. The document's reading is the default."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from jiaofei.settings import Settings

DOCUMENT = "document"


class Variant(NamedTuple):
    name: str
    description: str
    options: Mapping[str, Any]


class SigningVariants(NamedTuple):
    """``setting`` names the setting that selects one of ``declared`` (by name)."""

    setting: str = "sign_variant"
    declared: Mapping[str, Variant] = MappingProxyType({})

    @classmethod
    def from_spec(cls, declared: Mapping[str, Any] | None) -> SigningVariants:
        if not declared:
            return cls()
        variants = {
            name: Variant(name, str(v.get("description", "")), dict(v.get("options", {})))
            for name, v in declared.get("declared", {}).items()
        }
        return cls(setting=declared.get("setting", "sign_variant"), declared=variants)

    def selected(self, settings: Settings) -> str:
        """The variant the settings select; an unknown name is an error naming the known."""
        if not self.declared:
            return DOCUMENT
        name = settings.get(self.setting) or DOCUMENT
        if name != DOCUMENT and name not in self.declared:
            known = ", ".join([DOCUMENT, *self.declared])
            raise TypeError(
                f"{settings.api_name}: {self.setting}={name!r} is not a signing variant"
                f" (known: {known})"
            )
        return name

    def options(self, name: str) -> Mapping[str, Any]:
        variant = self.declared.get(name)
        return variant.options if variant is not None else {}
