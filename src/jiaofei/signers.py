"""The signers of one set of settings: each operation's rule resolved against the settings
(the scheme a setting names, the variant a message's field picks, the key) and compiled once.

The client signs requests and verifies replies with it, the sandbox and receivers verify
requests and sign replies, the CLI and the contract tests do either: one signer per scheme.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from jiaofei.errors import SignatureError
from jiaofei.settings import Settings
from jiaofei.signing import Rule, Signed, Signer, compile_signer, value_text

SCHEME_SETTING = "setting:"


class Signers:
    __slots__ = ("_compiled", "settings")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._compiled: dict[tuple[Rule, str | None, bool], Signer] = {}

    def __repr__(self) -> str:
        return f"Signers({self.settings!r})"

    def signer(self, rule: Rule, message: Mapping[str, Any], *, verifying: bool = False) -> Signer:
        """The compiled signer for ``rule`` and this message (whose field may pick a variant:
        CMPay's signType MD5/RSA)."""
        variants = rule.options.get("variants")
        variant = (
            value_text(rule.signed_values(message).get(variants["field"])) if variants else None
        )
        key = (rule, variant, verifying)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(rule, variant, verifying)
        return found

    def _compile(self, rule: Rule, variant: str | None, verifying: bool) -> Signer:
        resolved = self.resolve(rule, variant)
        name = resolved.secret
        if verifying:
            name = resolved.options.get("verify-secret", name)
        try:
            key = self.settings.secret(name)
        except TypeError:
            if not verifying:
                raise
            raise SignatureError(
                f"no key is configured to verify this {resolved.scheme} signature ({name})",
                field=rule.signature,
            ) from None
        return compile_signer(resolved, key)

    def resolve(self, rule: Rule, variant: str | None = None) -> Rule:
        """The rule with its scheme resolved.

        ``variants: {field: F, VALUE: {...}}`` switches scheme and keys by a field of the
        message; ``scheme: "setting:NAME"`` takes the scheme from the setting NAME (APIs whose
        document states no algorithm).
        """
        variants = rule.options.get("variants")
        chosen = variants.get(variant) if variants and variant is not None else None
        if chosen:
            options = {k: v for k, v in {**rule.options, **chosen}.items() if k != "variants"}
            rule = replace(
                rule,
                scheme=chosen.get("scheme", rule.scheme),
                secret=chosen.get("secret", rule.secret),
                options=options,
            )
        if not rule.scheme.startswith(SCHEME_SETTING):
            return rule
        name = rule.scheme[len(SCHEME_SETTING) :]
        scheme = self.settings.get(name)
        if not scheme:
            raise TypeError(f"{self.settings.api_name}: setting {name!r} names no signing scheme")
        return replace(rule, scheme=scheme)

    def sign(self, rule: Rule, message: Mapping[str, Any]) -> Signed:
        return self.signer(rule, message).sign(message)

    def sign_into(self, rule: Rule, message: dict[str, Any]) -> dict[str, Any]:
        """Set the rule's signature field of ``message`` (in place) and return it."""
        return self.signer(rule, message).sign_into(message)

    def verify(self, rule: Rule, message: Mapping[str, Any]) -> Signed:
        return self.signer(rule, message, verifying=True).verify(message)
