"""Signing schemes. Each scheme is implemented once here and serves the client, the sandbox's
verification, the CLI and the contract tests alike: a :class:`Rule` and its key compile into a
:class:`Signer` once, which then only runs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from jiaofei.secrets import Secret
from jiaofei.signing import hmac_ordered, md5_concat, sha256_sorted
from jiaofei.signing.base import Rule, Signed, Signer, value_text


def _rsa(rule: Rule, key: str) -> Signer:
    # cryptography comes with the rsa extra; the other schemes need only the standard library.
    from jiaofei.extras import require

    require("cryptography", "rsa", "SHA1withRSA signing (signType=RSA)")
    from jiaofei.signing import rsa_sha1

    return rsa_sha1.compile_signer(rule, key)


SCHEMES: dict[str, Callable[[Rule, str], Signer]] = {
    "md5-concat": md5_concat.compile_signer,
    "hmac-md5-ordered": hmac_ordered.compile_signer,
    "sha256-sorted": sha256_sorted.compile_signer,
    "rsa-sha1-ordered": _rsa,
}


def compile_signer(rule: Rule, key: str | Secret) -> Signer:
    """``rule`` with ``key`` (for asymmetric schemes: a private key to sign, the signer's
    public key to verify), compiled once per pair."""
    return _compiled(rule, key.reveal() if isinstance(key, Secret) else key)


@lru_cache(maxsize=256)
def _compiled(rule: Rule, key: str) -> Signer:
    try:
        factory = SCHEMES[rule.scheme]
    except KeyError:
        known = ", ".join(sorted(SCHEMES))
        raise ValueError(f"unknown signing scheme {rule.scheme!r}; known: {known}") from None
    return factory(rule, key)


def sign(body: Mapping[str, Any], rule: Rule, secret: Secret) -> Signed:
    return compile_signer(rule, secret).sign(body)


def verify(body: Mapping[str, Any], rule: Rule, secret: Secret) -> Signed:
    return compile_signer(rule, secret).verify(body)


__all__ = ["SCHEMES", "Rule", "Signed", "Signer", "compile_signer", "sign", "value_text", "verify"]
