"""The signers of one set of settings: each operation's rule resolved against the settings
(the scheme a setting names, the variant a message's field picks, the signing variant a
setting selects, the key) and compiled once.

The client signs requests and verifies replies with it, the sandbox and receivers verify
requests and sign replies, the CLI and the contract tests do either: one signer per scheme.
A refused signature is diagnosed here, in one place, for all of them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from typing import Any

from jiaofei.errors import SignatureError
from jiaofei.plan import ApiPlan
from jiaofei.settings import Settings
from jiaofei.signing import Rule, Signed, Signer, compile_signer, value_text
from jiaofei.signing.variants import DOCUMENT, SigningVariants

SCHEME_SETTING = "setting:"

log = logging.getLogger("jiaofei.signing")


class Signers:
    __slots__ = ("_compiled", "settings", "variant", "variants")

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.variants: SigningVariants = ApiPlan.load(settings.api_name).signing_variants
        self.variant = self.variants.selected(settings)
        self._compiled: dict[tuple[Rule, str | None, bool, str], Signer] = {}

    def __repr__(self) -> str:
        return f"Signers({self.settings!r})"

    def signer(
        self,
        rule: Rule,
        message: Mapping[str, Any],
        *,
        verifying: bool = False,
        variant: str | None = None,
    ) -> Signer:
        """The compiled signer for ``rule`` and this message (whose field may pick a scheme:
        CMPay's signType MD5/RSA) under the configured signing variant (or ``variant``)."""
        picked = self._picked(rule, message)
        key = (rule, picked, verifying, variant or self.variant)
        found = self._compiled.get(key)
        if found is None:
            found = self._compiled[key] = self._compile(rule, picked, verifying, key[3])
        return found

    def key_setting(self, rule: Rule, message: Mapping[str, Any], *, verifying: bool) -> str:
        """The setting whose key signs (or verifies) ``message`` under ``rule``."""
        return self._key_name(self.resolve(rule, self._picked(rule, message)), verifying)

    @staticmethod
    def _picked(rule: Rule, message: Mapping[str, Any]) -> str | None:
        """The value of the message's field that picks a scheme (``variants: {field: F}``)."""
        by_field = rule.options.get("variants")
        if not by_field:
            return None
        return value_text(rule.signed_values(message).get(by_field["field"]))

    @staticmethod
    def _key_name(resolved: Rule, verifying: bool) -> str:
        name = resolved.secret
        return resolved.options.get("verify-secret", name) if verifying else name

    def _compile(self, rule: Rule, picked: str | None, verifying: bool, variant: str) -> Signer:
        resolved = self.resolve(rule, picked, variant)
        name = self._key_name(resolved, verifying)
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

    def resolve(self, rule: Rule, picked: str | None = None, variant: str | None = None) -> Rule:
        """The rule with its scheme and signing variant resolved.

        ``variants: {field: F, VALUE: {...}}`` switches scheme and keys by a field of the
        message; ``scheme: "setting:NAME"`` takes the scheme from the setting NAME (APIs whose
        document states no algorithm); ``variant`` (default: the one the settings select)
        adds a declared signing variant's options.
        """
        by_field = rule.options.get("variants")
        chosen = by_field.get(picked) if by_field and picked is not None else None
        if chosen:
            options = {k: v for k, v in {**rule.options, **chosen}.items() if k != "variants"}
            rule = rule.replace(
                scheme=chosen.get("scheme", rule.scheme),
                secret=chosen.get("secret", rule.secret),
                options=options,
            )
        extra = self.variants.options(variant or self.variant)
        if extra:
            rule = rule.replace(options={**rule.options, **extra})
        if not rule.scheme.startswith(SCHEME_SETTING):
            return rule
        name = rule.scheme[len(SCHEME_SETTING) :]
        scheme = self.settings.get(name)
        if not scheme:
            raise TypeError(f"{self.settings.api_name}: setting {name!r} names no signing scheme")
        return rule.replace(scheme=scheme)

    def sign(self, rule: Rule, message: Mapping[str, Any]) -> Signed:
        return self.signer(rule, message).sign(message)

    def sign_into(self, rule: Rule, message: dict[str, Any]) -> dict[str, Any]:
        """Set the rule's signature field of ``message`` (in place) and return it."""
        signer = self.signer(rule, message)
        if log.isEnabledFor(logging.DEBUG):
            # The text only: the key enters the digest, never the string to sign.
            log.debug("string to sign (%s): %r", signer.rule.scheme, signer.string_to_sign(message))
        return signer.sign_into(message)

    def verify(
        self, rule: Rule, message: Mapping[str, Any], *, body: bytes | None = None
    ) -> Signed:
        """Check the signature ``message`` carries; a refusal raises :class:`SignatureError`
        whose diagnosis names the string to sign, both signatures, the hash of ``body`` (the
        bytes as received) and the declared variant the message matches, if any.

        Variants the rule lists under ``accept`` are accepted besides the configured one
        (CMPay replies whose values arrive URL-encoded once more)."""
        signer = self.signer(rule, message, verifying=True)
        try:
            signed = signer.verify(message)
        except SignatureError as exc:
            for name in rule.options.get("accept", ()):
                if self.matches(rule, message, name):
                    accepted = self.signer(rule, message, verifying=True, variant=name)
                    return Signed(accepted.string_to_sign(message), message[rule.signature])
            raise self._diagnosed(exc, rule, message, body) from None
        if log.isEnabledFor(logging.DEBUG):
            log.debug("signature verified (%s): %r", signer.rule.scheme, signed.string_to_sign)
        return signed

    def matches(self, rule: Rule, message: Mapping[str, Any], variant: str) -> bool:
        """Whether the signature ``message`` carries is right under ``variant``."""
        carried = message.get(rule.signature)
        if not isinstance(carried, str) or not carried:
            return False
        signer = self.signer(rule, message, verifying=True, variant=variant)
        return signer.matches(signer.string_to_sign(message), carried)

    def alternatives(self) -> tuple[str, ...]:
        """The signing variants other than the configured one: the document's reading and
        each declared variant."""
        return tuple(n for n in (DOCUMENT, *self.variants.declared) if n != self.variant)

    def matching_variant(self, rule: Rule, message: Mapping[str, Any]) -> str | None:
        """The alternative variant under which ``message``'s signature is right."""
        return next((n for n in self.alternatives() if self.matches(rule, message, n)), None)

    def _diagnosed(
        self, exc: SignatureError, rule: Rule, message: Mapping[str, Any], body: bytes | None
    ) -> SignatureError:
        if exc.diagnosis is None:
            return exc
        matching = self.matching_variant(rule, message)
        diagnosis = exc.diagnosis._replace(
            body_sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
            configured=self.variant,
            variant=matching,
        )
        detail = exc.detail
        if matching is not None:
            # Short: it has to fit the failure message fields of the vendors' replies.
            detail += f" ({self.variants.setting}={matching})"
        log.debug("signature refused: %s", diagnosis.to_dict())
        return SignatureError(detail, field=exc.field, response=exc.response, diagnosis=diagnosis)
