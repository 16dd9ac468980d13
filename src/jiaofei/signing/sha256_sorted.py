"""SHA-256 over the non-empty fields sorted by name (CCB electricity, seed 004 §4.1).

``stringA = k1=v1&k2=v2...`` over every non-empty field but the signature, names sorted by
ASCII and case-sensitive; ``sign = lower_hex(sha256(UTF8(stringA)))``.

The document's digest uses no secret, so on its own it proves integrity against accidents,
not who sent the message. When a shared secret is configured (an extension, off by default),
it enters as ``stringA + "&key=" + secret`` before hashing.

Variants (see :mod:`jiaofei.signing.base`): ``empty: sign`` (``k=`` pairs kept), ``key``
``suffix``/``prefix``, ``case: upper``, ``order: document`` (the message's own order),
``encoding``, ``decode``, ``numbers``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from jiaofei.signing.base import Rule, Signer, compile_functions, encode_call, hex_case, value_text

KEY_PLACES = {
    "&key=": "({text} + '&key=' + KEY)",
    "suffix": "({text} + KEY)",
    "prefix": "(KEY + {text})",
}


class Sha256Signer(Signer):
    __slots__ = ("_names",)
    _names: Callable[[Mapping[str, Any]], tuple[str, ...]]

    def signed_fields(self, body: Mapping[str, Any]) -> tuple[str, ...]:
        return self._names(self.rule.signed_values(body))


def compile_signer(rule: Rule, key: str) -> Signer:
    options = rule.options
    signature, fields = rule.signature, rule.fields
    keep_empty = options.get("empty") == "sign"
    in_order = options.get("order") == "document"

    def signed_parts(values: Mapping[str, Any]) -> list[str]:
        """``name=text`` for each signed field, in signing order (names never hold ``=``)."""
        names = values if fields is None else fields
        parts = []
        for name in names if in_order else sorted(names):
            if name == signature:
                continue
            value = values.get(name)
            text = value if value.__class__ is str else value_text(value)
            if text or (keep_empty and name in values):
                parts.append(f"{name}={text}")
        return parts

    def joined(values: Mapping[str, Any]) -> str:
        return "&".join(signed_parts(values))

    keyed = KEY_PLACES[options.get("key", "&key=")] if key else "{text}"
    digest = f"sha256({keyed}{encode_call(options)}).hexdigest(){hex_case(options)}"
    namespace = {"sha256": hashlib.sha256, "KEY": key, "pairs": joined}
    signer = Sha256Signer(rule, *compile_functions(rule, "pairs(values)", digest, namespace))
    signer._names = lambda values: tuple(p.partition("=")[0] for p in signed_parts(values))
    return signer
