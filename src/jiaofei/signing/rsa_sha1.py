"""SHA1withRSA over the fields' values in document order (CMPay signType=RSA, seed 003 §4.1).

The source string is the same as ``hmac-md5-ordered``'s; the signature is PKCS#1 v1.5 over
SHA-1 with the signer's private key, sent as base64. Verification uses the signer's public key
(the setting named by the rule's ``verify-secret``).
"""

from __future__ import annotations

import base64
import binascii
from typing import ClassVar

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from jiaofei.secrets import Secret
from jiaofei.signing.base import OrderedConcat, Rule, register
from jiaofei.signing.keys import load_private_key, load_public_key


class RsaSha1Ordered(OrderedConcat):
    name: ClassVar[str] = "rsa-sha1-ordered"

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        key = load_private_key(secret.reveal())
        signed = key.sign(string_to_sign.encode("utf-8"), padding.PKCS1v15(), hashes.SHA1())  # noqa: S303 - the vendor's scheme
        return base64.b64encode(signed).decode()

    def matches(self, string_to_sign: str, signature: str, secret: Secret, rule: Rule) -> bool:
        key = load_public_key(secret.reveal())
        try:
            raw = base64.b64decode(signature, validate=True)
            key.verify(raw, string_to_sign.encode("utf-8"), padding.PKCS1v15(), hashes.SHA1())  # noqa: S303
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True


register(RsaSha1Ordered())
