"""SHA1withRSA over the fields' values in document order (CMPay signType=RSA, seed 003 §4.1).

The source string is the same as ``hmac-md5-ordered``'s; the signature is PKCS#1 v1.5 over
SHA-1 with the signer's private key, sent as base64. Verification uses the signer's public key
(the setting named by the rule's ``verify-secret``). Each key is loaded once, when the rule is
compiled with it.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from jiaofei.signing.base import Rule, Signer, compile_functions, encoding, ordered_text


class RsaSigner(Signer):
    __slots__ = ("_encoding", "_public", "_verify_args")

    def __init__(self, rule: Rule, private: Any, public: Any) -> None:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        self._public = public
        self._encoding = charset = encoding(rule.options)
        pkcs1, sha1 = padding.PKCS1v15(), hashes.SHA1()  # noqa: S303 - the vendor's scheme

        def digest(text: str) -> str:
            if private is None:
                raise TypeError("no RSA private key is configured to sign with")
            return base64.b64encode(private.sign(text.encode(charset), pkcs1, sha1)).decode()

        text = ordered_text(rule.fields, "rsa-sha1-ordered", rule.options.get("order", "document"))
        string_to_sign, _, _ = compile_functions(rule, text, "{text}", {})
        super().__init__(rule, string_to_sign, digest)
        self._verify_args = (pkcs1, sha1)

    def matches(self, text: str, carried: str) -> bool:
        from cryptography.exceptions import InvalidSignature

        if self._public is None:
            return False
        try:
            raw = base64.b64decode(carried, validate=True)
            self._public.verify(raw, text.encode(self._encoding), *self._verify_args)
        except (InvalidSignature, binascii.Error, ValueError):
            return False
        return True


def compile_signer(rule: Rule, key: str) -> Signer:
    """``key`` is a private key (to sign) or a public key or certificate (to verify)."""
    from jiaofei.signing.keys import load_private_key, load_public_key

    try:
        private = load_private_key(key)
    except ValueError:
        return RsaSigner(rule, None, load_public_key(key))
    return RsaSigner(rule, private, private.public_key())
