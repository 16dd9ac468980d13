"""CMPay's ``hmac``: HMAC-MD5 over the signed fields' values in document order.

``hmac = lower_hex(HMAC_MD5(key=signKey, msg=lower_hex(HMAC_MD5(key="", msg=UTF8(v1+v2+...)))))``
as the vendor's merchant demo code computes it (seed 003 §4.2: 请求参数按文档顺序相加; ``hmac``,
``merchantCert`` and ``serverCert`` are not signed; a missing value counts as "").
"""

from __future__ import annotations

import hashlib
import hmac
from typing import ClassVar

from jiaofei.secrets import Secret
from jiaofei.signing.base import DigestScheme, OrderedConcat, Rule, register


class HmacOrdered(OrderedConcat, DigestScheme):
    name: ClassVar[str] = "hmac-md5-ordered"

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        inner = hmac.new(b"", string_to_sign.encode("utf-8"), hashlib.md5).hexdigest()
        return hmac.new(secret.reveal().encode("utf-8"), inner.encode(), hashlib.md5).hexdigest()


register(HmacOrdered())
