"""CMPay's ``hmac``: HMAC-MD5 over the signed fields' values in document order.

``hmac = lower_hex(HMAC_MD5(key=signKey, msg=lower_hex(HMAC_MD5(key="", msg=UTF8(v1+v2+...)))))``
as the vendor's merchant demo code computes it (seed 003 §4.2: 请求参数按文档顺序相加; ``hmac``,
``merchantCert`` and ``serverCert`` are not signed; a missing value counts as "").
Variants (see :mod:`jiaofei.signing.base`): ``case``, ``encoding``, ``order``, ``decode``.
"""

from __future__ import annotations

import hashlib
import hmac

from jiaofei.signing.base import (
    Rule,
    Signer,
    compile_functions,
    encode_call,
    hex_case,
    ordered_text,
)


def compile_signer(rule: Rule, key: str) -> Signer:
    options = rule.options
    inner = f'new(b"", {{text}}{encode_call(options)}, md5).hexdigest().encode()'
    digest = f"new(KEY, {inner}, md5).hexdigest(){hex_case(options)}"
    namespace = {"new": hmac.new, "md5": hashlib.md5, "KEY": key.encode()}
    text = ordered_text(rule.fields, "hmac-md5-ordered", options.get("order", "document"))
    return Signer(rule, *compile_functions(rule, text, digest, namespace))
