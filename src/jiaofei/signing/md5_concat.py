"""MD5 over the signed fields' values concatenated in order, followed by the key.

``sign = lower(md5(UTF8(v1 + v2 + ... + key)))`` — the recharge platform's rule (seed 001).
The string to sign is the concatenation without the key.
"""

from __future__ import annotations

import hashlib

from jiaofei.signing.base import Rule, Signer, compile_functions, ordered_text


def compile_signer(rule: Rule, key: str) -> Signer:
    digest = "md5(({text} + KEY).encode()).hexdigest()"
    if rule.options.get("case") == "upper":
        digest += ".upper()"
    namespace = {"md5": hashlib.md5, "KEY": key}
    return Signer(
        rule, *compile_functions(rule, ordered_text(rule.fields, "md5-concat"), digest, namespace)
    )
