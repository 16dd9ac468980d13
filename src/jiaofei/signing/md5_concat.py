"""MD5 over the signed fields' values concatenated in order, followed by the key.

``sign = lower(md5(UTF8(v1 + v2 + ... + key)))`` — the recharge platform's rule (seed 001).
The string to sign is the concatenation without the key.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any, ClassVar

from jiaofei.secrets import Secret
from jiaofei.signing.base import DigestScheme, Rule, ordered_values, register


class Md5Concat(DigestScheme):
    name: ClassVar[str] = "md5-concat"

    def string_to_sign(self, values: Mapping[str, Any], rule: Rule) -> str:
        if rule.fields is None:
            raise ValueError("md5-concat needs an explicit field list")
        return "".join(ordered_values(values, rule.fields))

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        digest = hashlib.md5((string_to_sign + secret.reveal()).encode("utf-8")).hexdigest()  # noqa: S324 - the vendor's scheme
        return digest.upper() if rule.options.get("case") == "upper" else digest


register(Md5Concat())
