"""Why a signature disagrees: a message's signature checked as configured, then under the
signing variants deployed peers are known to use, until one matches.

The declared variants of the API (``x-jiaofei-signing-variants``) are tried first, by name;
then the known ways of differing one at a time, then in pairs, threes ...: hex case, where the
secret enters (``&key=``, plain, prefixed), empty values signed or skipped, values URL-decoded,
GBK instead of UTF-8, integral numbers as ``1.0``, sorted instead of document order. Nothing
here ever shows the key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations, product
from typing import Any

from jiaofei.errors import SignatureDiagnosis, SignatureError
from jiaofei.signers import Signers
from jiaofei.signing import SCHEMES, Rule, Signer

ORDERED = ("md5-concat", "hmac-md5-ordered", "rsa-sha1-ordered")


@dataclass(frozen=True)
class Finding:
    """``verified``: the signature is right as configured. ``diagnosis``: what was computed
    as configured. ``variant``: the name (a declared variant) or the options (a known way of
    differing) under which it is right; ``None`` when none of ``tried`` is."""

    verified: bool
    diagnosis: SignatureDiagnosis
    variant: str | None
    options: Mapping[str, Any]
    tried: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            **self.diagnosis.to_dict(),
            "matching_variant": self.variant,
            "matching_options": dict(self.options),
            "variants_tried": self.tried,
        }


def known_ways(rule: Rule, key: str, values: Mapping[str, Any]) -> dict[str, tuple[Any, ...]]:
    """Each option a peer's signature may differ by, with the values worth trying for this
    scheme and message."""
    ways: dict[str, tuple[Any, ...]] = {}
    if rule.scheme != "rsa-sha1-ordered":
        ways["case"] = ("upper",)
    if rule.scheme == "md5-concat":
        ways["key"] = ("&key=", "prefix")
    if rule.scheme == "sha256-sorted":
        if key:
            ways["key"] = ("suffix", "prefix")
        ways["empty"] = ("sign",)
    ways["order"] = ("sorted",) if rule.scheme in ORDERED else ("document",)
    texts = [v for v in values.values() if isinstance(v, str)]
    if any("%" in v or "+" in v for v in texts):
        ways["decode"] = ("url",)
    if any(not v.isascii() for v in texts):
        ways["encoding"] = ("gbk",)
    numbers = (int, float, Decimal)
    if any(isinstance(v, numbers) and not isinstance(v, bool) for v in values.values()):
        ways["numbers"] = ("decimal",)
    return ways


def candidates(ways: Mapping[str, tuple[Any, ...]]) -> Iterator[dict[str, Any]]:
    """Every combination of ``ways``, fewest changes first."""
    names = list(ways)
    for size in range(1, len(names) + 1):
        for chosen in combinations(names, size):
            for picked in product(*(ways[n] for n in chosen)):
                yield dict(zip(chosen, picked, strict=True))


def describe(options: Mapping[str, Any]) -> str:
    return ", ".join(f"{k}={v}" for k, v in options.items())


def examine(
    signers: Signers, rule: Rule, message: Mapping[str, Any], *, body: bytes | None = None
) -> Finding:
    """Check ``message``'s signature under ``rule`` as ``signers`` are configured and, when it
    is wrong, find the variant under which it is right."""
    signer = signers.signer(rule, message, verifying=True)
    carried = message.get(rule.signature)
    received = carried if isinstance(carried, str) else None
    diagnosis = signer.diagnose(message, received)._replace(
        body_sha256=hashlib.sha256(body).hexdigest() if body is not None else None,
        configured=signers.variant,
    )
    if received and signer.matches(diagnosis.string_to_sign, received):
        return Finding(True, diagnosis, None, {}, 0)
    if not received:
        return Finding(False, diagnosis, None, {}, 0)
    tried = 0
    for name in signers.alternatives():
        tried += 1
        if signers.matches(rule, message, name):
            return Finding(False, diagnosis, name, signers.variants.options(name), tried)
    resolved = signer.rule
    key = _key(signers, rule, message)
    base = dict(resolved.options)
    values = resolved.signed_values(message)
    for options in candidates(known_ways(resolved, key, values)):
        tried += 1
        trial = _compile(resolved.replace(options={**base, **options}), key)
        try:
            matched = trial.matches(trial.string_to_sign(message), received)
        except UnicodeEncodeError:  # text GBK cannot write: not how this peer signed
            matched = False
        if matched:
            return Finding(False, diagnosis, describe(options), options, tried)
    return Finding(False, diagnosis, None, {}, tried)


def _key(signers: Signers, rule: Rule, message: Mapping[str, Any]) -> str:
    return signers.settings.secret(signers.key_setting(rule, message, verifying=True)).reveal()


def _compile(rule: Rule, key: str) -> Signer:
    # Straight from the scheme: trial rules are not worth a place in the signers' cache.
    try:
        return SCHEMES[rule.scheme](rule, key)
    except (TypeError, ValueError) as exc:
        raise SignatureError(f"cannot try {rule.scheme}: {exc}", field=rule.signature) from None
