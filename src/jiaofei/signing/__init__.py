"""Signing schemes. Each scheme is implemented once here and serves the client, the sandbox's
verification, the CLI and the contract tests alike."""

from jiaofei.signing.base import Rule, Scheme, Signed, scheme_named, sign, value_text, verify

__all__ = ["Rule", "Scheme", "Signed", "scheme_named", "sign", "value_text", "verify"]
