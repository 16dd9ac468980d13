"""CMPay's ``hmac``: HMAC-MD5 over the signed fields' values in document order.

``hmac = lower_hex(HMAC_MD5(key=signKey, msg=lower_hex(HMAC_MD5(key="", msg=UTF8(v1+v2+...)))))``
as the vendor's merchant demo code computes it (seed 003 §4.2: 请求参数按文档顺序相加; ``hmac``,
``merchantCert`` and ``serverCert`` are not signed; a missing value counts as "").
"""

from __future__ import annotations

import hashlib
import hmac

from jiaofei.signing.base import Rule, Signer, compile_functions, ordered_text


def compile_signer(rule: Rule, key: str) -> Signer:
    digest = 'new(KEY, new(b"", {text}.encode(), md5).hexdigest().encode(), md5).hexdigest()'
    namespace = {"new": hmac.new, "md5": hashlib.md5, "KEY": key.encode()}
    text = ordered_text(rule.fields, "hmac-md5-ordered")
    return Signer(rule, *compile_functions(rule, text, digest, namespace))
