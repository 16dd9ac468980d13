"""SHA-256 over the non-empty fields sorted by name (CCB electricity, seed 004 §4.1).

``stringA = k1=v1&k2=v2...`` over every non-empty field but the signature, names sorted by
ASCII and case-sensitive; ``sign = lower_hex(sha256(UTF8(stringA)))``.

The document's digest uses no secret, so on its own it proves integrity against accidents,
not who sent the message. When a shared secret is configured (an extension, off by default),
it enters as ``stringA + "&key=" + secret`` before hashing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from jiaofei.signing.base import Rule, Signer, compile_functions, value_text


class Sha256Signer(Signer):
    __slots__ = ()

    def matches(self, text: str, carried: str) -> bool:
        # Hex digits: the document writes lower case; a peer's upper case is the same digest.
        return super().matches(text, carried.lower())


def compile_signer(rule: Rule, key: str) -> Signer:
    signature, fields = rule.signature, rule.fields

    def sorted_pairs(values: Mapping[str, Any]) -> str:
        pairs = []
        for name in sorted(values if fields is None else fields):
            if name == signature:
                continue
            value = values.get(name)
            text = value if value.__class__ is str else value_text(value)
            if text:
                pairs.append(f"{name}={text}")
        return "&".join(pairs)

    digest = "sha256(({text} + SUFFIX).encode()).hexdigest()"
    namespace = {
        "sha256": hashlib.sha256,
        "SUFFIX": f"&key={key}" if key else "",
        "pairs": sorted_pairs,
    }
    return Sha256Signer(rule, *compile_functions(rule, "pairs(values)", digest, namespace))
