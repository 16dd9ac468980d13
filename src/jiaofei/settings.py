"""Client settings from arguments or ``JIAOFEI_<API>_<NAME>`` environment variables."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from jiaofei import signing
from jiaofei.errors import SignatureError
from jiaofei.secrets import Secret
from jiaofei.spec import ApiSpec

SCHEME_SETTING = "setting:"


class Settings:
    """The resolved settings of one client; secret ones are held as :class:`Secret`."""

    def __init__(self, spec: ApiSpec, given: Mapping[str, str | Secret | None]) -> None:
        self._values: dict[str, str | Secret] = {}
        self._fills: dict[str, str] | None = None
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

    @classmethod
    def with_secret(
        cls, spec: ApiSpec, secret: str | Secret, others: Mapping[str, str] | None = None
    ) -> Settings:
        """Settings where every secret setting holds ``secret`` (the sandbox's, the CLI's and
        the contract tests' view: one key per API), plus ``others`` by name."""
        given: dict[str, str | Secret | None] = {s.name: secret for s in spec.settings if s.secret}
        given.update(others or {})
        return cls(spec, given)

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

    def fills(self) -> Mapping[str, str]:
        """Request fields provided by settings (``fills`` in the overlay); settings do not
        change after construction, so this is worked out once."""
        if self._fills is None:
            self._fills = {
                s.fills: v
                for s in self.spec.settings
                if s.fills and (v := self.get(s.name)) is not None
            }
        return self._fills

    def rule(self, rule: signing.Rule, message: Mapping[str, Any] | None = None) -> signing.Rule:
        """The rule for this message, its scheme resolved.

        ``variants: {field: F, VALUE: {...}}`` switches scheme and keys by a field of the
        message (CMPay's signType MD5/RSA); ``scheme: "setting:NAME"`` takes the scheme from
        the setting NAME (APIs whose document states no algorithm).
        """
        variants = rule.options.get("variants")
        if variants and message is not None:
            chosen = variants.get(str(rule.signed_values(message).get(variants["field"])))
            if chosen:
                options = {**rule.options, **chosen}
                options.pop("variants")
                rule = replace(
                    rule,
                    scheme=chosen.get("scheme", rule.scheme),
                    secret=chosen.get("secret", rule.secret),
                    options=options,
                )
        if not rule.scheme.startswith(SCHEME_SETTING):
            return rule
        name = rule.scheme[len(SCHEME_SETTING) :]
        scheme = self.get(name)
        if not scheme:
            raise TypeError(f"{self.spec.name}: setting {name!r} names no signing scheme")
        return replace(rule, scheme=scheme)

    def sign(self, message: Mapping[str, Any], rule: signing.Rule) -> signing.Signed:
        resolved = self.rule(rule, message)
        return signing.sign(message, resolved, self.secret(resolved.secret))

    def sign_into(self, message: dict[str, Any], rule: signing.Rule) -> dict[str, Any]:
        """Set the rule's signature field of ``message`` (in place) and return it."""
        message[rule.signature] = self.sign(message, rule).signature
        return message

    def verify(self, message: Mapping[str, Any], rule: signing.Rule) -> signing.Signed:
        resolved = self.rule(rule, message)
        name = resolved.options.get("verify-secret", resolved.secret)
        try:
            key = self.secret(name)
        except TypeError:
            raise SignatureError(
                f"no key is configured to verify this {resolved.scheme} signature ({name})",
                field=rule.signature,
            ) from None
        return signing.verify(message, resolved, key)

    def secret_texts(self) -> list[str]:
        return [v.reveal() for v in self._values.values() if isinstance(v, Secret) and v]

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self._values.items())
        return f"Settings({self.spec.name}: {shown})"


def parse_pairs(items: list[str] | None) -> dict[str, str]:
    """``NAME=VALUE`` command-line settings as a mapping."""
    pairs = {}
    for item in items or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--setting {item!r} is not NAME=VALUE")
        pairs[name] = value
    return pairs
