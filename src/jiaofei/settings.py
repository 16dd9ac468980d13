"""Client settings from arguments or ``JIAOFEI_<API>_<NAME>`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from jiaofei.secrets import Secret

if TYPE_CHECKING:
    from jiaofei.plan import ApiPlan


class Settings:
    """The resolved settings of one client; secret ones are held as :class:`Secret`."""

    def __init__(self, api: ApiPlan, given: Mapping[str, str | Secret | None]) -> None:
        self.api_name = api.name
        self._declared = api.settings
        self._values: dict[str, str | Secret] = {}
        unknown = set(given) - {s.name for s in api.settings}
        if unknown:
            raise TypeError(f"{api.name} has no setting(s) {sorted(unknown)}")
        for setting in api.settings:
            value = given.get(setting.name)
            if value is None:
                value = os.environ.get(setting.env, setting.default)
            if value is None:
                continue
            self._values[setting.name] = Secret(value) if setting.secret else str(value)
        # Request fields provided by settings (``fills`` in the overlay); settings do not
        # change after construction.
        self.fills: Mapping[str, str] = {
            s.fills: v for s in api.settings if s.fills and (v := self.get(s.name)) is not None
        }

    @classmethod
    def with_secret(
        cls, api: ApiPlan, secret: str | Secret, others: Mapping[str, str] | None = None
    ) -> Settings:
        """Settings where every secret setting holds ``secret`` (the sandbox's, the CLI's and
        the contract tests' view: one key per API), plus ``others`` by name."""
        given: dict[str, str | Secret | None] = {s.name: secret for s in api.settings if s.secret}
        given.update(others or {})
        return cls(api, given)

    def get(self, name: str) -> str | None:
        value = self._values.get(name)
        return value.reveal() if isinstance(value, Secret) else value

    def secret(self, name: str) -> Secret:
        value = self._values.get(name)
        if value is None:
            setting = next((s for s in self._declared if s.name == name), None)
            env = f" or {setting.env}" if setting else ""
            raise TypeError(f"{self.api_name}: setting {name!r} is required (pass {name}=...{env})")
        return value if isinstance(value, Secret) else Secret(value)

    def public(self) -> dict[str, str | None]:
        """The settings that are not secret, by name."""
        return {s.name: self.get(s.name) for s in self._declared if not s.secret}

    def secret_texts(self) -> list[str]:
        return [v.reveal() for v in self._values.values() if isinstance(v, Secret) and v]

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"Settings({self.api_name}: {shown})"


def parse_pairs(items: list[str] | None) -> dict[str, str]:
    """``NAME=VALUE`` command-line settings as a mapping."""
    pairs = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--setting {item!r} is not NAME=VALUE")
        pairs[name] = value
    return pairs
