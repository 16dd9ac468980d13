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
from typing import Any, ClassVar

from jiaofei.secrets import Secret
from jiaofei.signing.base import DigestScheme, Rule, register, value_text


class Sha256Sorted(DigestScheme):
    name: ClassVar[str] = "sha256-sorted"

    def string_to_sign(self, values: Mapping[str, Any], rule: Rule) -> str:
        chosen = rule.fields if rule.fields is not None else sorted(values)
        pairs = []
        for name in sorted(chosen):
            if name == rule.signature:
                continue
            text = value_text(values.get(name))
            if text:
                pairs.append(f"{name}={text}")
        return "&".join(pairs)

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        message = string_to_sign + (f"&key={secret.reveal()}" if secret else "")
        return hashlib.sha256(message.encode("utf-8")).hexdigest()

    def matches(self, string_to_sign: str, signature: str, secret: Secret, rule: Rule) -> bool:
        return super().matches(string_to_sign, signature.lower(), secret, rule)


register(Sha256Sorted())
