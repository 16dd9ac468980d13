"""MD5 over the signed fields' values concatenated in order, followed by the key.

``sign = lower(md5(UTF8(v1 + v2 + ... + key)))`` — the recharge platform's rule (seed 001).
The string to sign is the concatenation without the key.
"""

from __future__ import annotations

import hashlib
from typing import ClassVar

from jiaofei.secrets import Secret
from jiaofei.signing.base import DigestScheme, OrderedConcat, Rule, register


class Md5Concat(OrderedConcat, DigestScheme):
    name: ClassVar[str] = "md5-concat"

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        digest = hashlib.md5((string_to_sign + secret.reveal()).encode("utf-8")).hexdigest()  # noqa: S324 - the vendor's scheme
        return digest.upper() if rule.options.get("case") == "upper" else digest


register(Md5Concat())
