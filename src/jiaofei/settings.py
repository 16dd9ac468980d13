"""Client settings from arguments or ``JIAOFEI_<API>_<NAME>`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping

from jiaofei.secrets import Secret
from jiaofei.spec import ApiSpec


class Settings:
    """The resolved settings of one client; secret ones are held as :class:`Secret`."""

    def __init__(self, spec: ApiSpec, given: Mapping[str, str | Secret | None]) -> None:
        self._values: dict[str, str | Secret] = {}
        unknown = set(given) - {s.name for s in spec.settings}
        if unknown:
            raise TypeError(f"{spec.name} has no setting(s) {sorted(unknown)}")
        for setting in spec.settings:
            value = given.get(setting.name)
            if value is None:
                value = os.environ.get(setting.env, setting.default)
            if value is None:
                continue
            self._values[setting.name] = Secret(value) if setting.secret else str(value)
        self.spec = spec

    def get(self, name: str) -> str | None:
        value = self._values.get(name)
        return value.reveal() if isinstance(value, Secret) else value

    def secret(self, name: str) -> Secret:
        value = self._values.get(name)
        if value is None:
            setting = next((s for s in self.spec.settings if s.name == name), None)
            env = f" or {setting.env}" if setting else ""
            raise TypeError(
                f"{self.spec.name}: setting {name!r} is required (pass {name}=...{env})"
            )
        return value if isinstance(value, Secret) else Secret(value)

    def fills(self) -> dict[str, str]:
        """Request fields provided by settings (``fills`` in the overlay)."""
        return {
            s.fills: v
            for s in self.spec.settings
            if s.fills and (v := self.get(s.name)) is not None
        }

    def secret_texts(self) -> list[str]:
        return [v.reveal() for v in self._values.values() if isinstance(v, Secret) and v]

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"Settings({self.spec.name}: {shown})"
