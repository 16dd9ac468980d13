"""MD5 over the signed fields' values concatenated in order, followed by the key.

``sign = lower(md5(UTF8(v1 + v2 + ... + key)))`` — the recharge platform's rule (seed 001).
The string to sign is the concatenation without the key. Variants (see
:mod:`jiaofei.signing.base`): ``key`` ``&key=`` or ``prefix``, ``case``, ``encoding``,
``order``.
"""

from __future__ import annotations

import hashlib

from jiaofei.signing.base import (
    Rule,
    Signer,
    compile_functions,
    encode_call,
    hex_case,
    ordered_text,
)

KEY_PLACES = {
    "suffix": "({text} + KEY)",
    "&key=": "({text} + '&key=' + KEY)",
    "prefix": "(KEY + {text})",
}


def compile_signer(rule: Rule, key: str) -> Signer:
    options = rule.options
    keyed = KEY_PLACES[options.get("key", "suffix")]
    digest = f"md5({keyed}{encode_call(options)}).hexdigest(){hex_case(options)}"
    namespace = {"md5": hashlib.md5, "KEY": key}
    text = ordered_text(rule.fields, "md5-concat", options.get("order", "document"))
    return Signer(rule, *compile_functions(rule, text, digest, namespace))
