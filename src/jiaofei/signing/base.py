"""What every signing scheme shares: the rule read from the overlay, turning wire values into
text, signing and constant-time verification."""

from __future__ import annotations

import hmac
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple, Protocol

from jiaofei.errors import SignatureError
from jiaofei.secrets import Secret


@dataclass(frozen=True)
class Rule:
    """One operation's signing rule, as declared by ``x-jiaofei-signing`` in an overlay.

    ``fields`` lists the signed fields in signing order; ``None`` means "every field of the
    payload" (schemes that sort keys). ``secret`` names the client setting holding the key.
    ``payload`` is the name of the object member holding the signed fields when the wire body
    is an envelope (``{"request": {...}, "sign": ...}``); ``None`` when the fields are the body.
    """

    scheme: str
    secret: str
    signature: str = "sign"
    fields: tuple[str, ...] | None = None
    payload: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_spec(cls, declared: Mapping[str, Any]) -> Rule:
        known = {"scheme", "secret", "signature", "fields", "payload"}
        fields = declared.get("fields")
        return cls(
            scheme=declared["scheme"],
            secret=declared["secret"],
            signature=declared.get("signature", "sign"),
            fields=tuple(fields) if fields is not None else None,
            payload=declared.get("payload"),
            options={k: v for k, v in declared.items() if k not in known},
        )

    def signed_values(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        """The mapping the signed fields are read from."""
        if self.payload is None:
            return body
        inner = body.get(self.payload)
        return inner if isinstance(inner, Mapping) else {}


class Signed(NamedTuple):
    """The text a scheme digests (never including the secret) and the signature it made."""

    string_to_sign: str
    signature: str


class Scheme(Protocol):
    name: ClassVar[str]

    def string_to_sign(self, values: Mapping[str, Any], rule: Rule) -> str: ...

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str: ...

    def matches(self, string_to_sign: str, signature: str, secret: Secret, rule: Rule) -> bool: ...


class DigestScheme:
    """Base for schemes whose signature is recomputed and compared (MD5, HMAC, SHA-256)."""

    name: ClassVar[str] = ""

    def string_to_sign(self, values: Mapping[str, Any], rule: Rule) -> str:
        raise NotImplementedError

    def signature(self, string_to_sign: str, secret: Secret, rule: Rule) -> str:
        raise NotImplementedError

    def matches(self, string_to_sign: str, signature: str, secret: Secret, rule: Rule) -> bool:
        expected = self.signature(string_to_sign, secret, rule)
        return hmac.compare_digest(expected.encode(), signature.encode())


class OrderedConcat:
    """The source string of schemes that concatenate field values in a declared order."""

    name: ClassVar[str] = ""

    def string_to_sign(self, values: Mapping[str, Any], rule: Rule) -> str:
        if rule.fields is None:
            raise ValueError(f"{self.name} needs an explicit field list")
        return "".join(ordered_values(values, rule.fields))


_SCHEMES: dict[str, Scheme] = {}


def register(scheme: Scheme) -> Scheme:
    _SCHEMES[scheme.name] = scheme
    return scheme


def scheme_named(name: str) -> Scheme:
    found = _SCHEMES.get(name)
    if found is not None:
        return found
    # Imported on the first miss, so that every scheme has registered itself.
    from jiaofei.signing import hmac_ordered, md5_concat, rsa_sha1, sha256_sorted  # noqa: F401

    try:
        return _SCHEMES[name]
    except KeyError:
        raise ValueError(f"unknown signing scheme {name!r}; known: {sorted(_SCHEMES)}") from None


def value_text(value: Any) -> str:
    """The text of one wire value as every scheme concatenates it."""
    kind = type(value)
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return str(int(value))
    if isinstance(value, int | Decimal | str):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        raise TypeError("floats are not signed: send money as int fen or Decimal yuan")
    raise TypeError(f"cannot sign a value of type {type(value).__name__}")


def sign(body: Mapping[str, Any], rule: Rule, secret: Secret) -> Signed:
    scheme = scheme_named(rule.scheme)
    text = scheme.string_to_sign(rule.signed_values(body), rule)
    return Signed(text, scheme.signature(text, secret, rule))


def verify(body: Mapping[str, Any], rule: Rule, secret: Secret) -> Signed:
    # For asymmetric schemes ``secret`` is the signer's public key.
    """Check the signature carried in ``body``; raise :class:`SignatureError` when it is absent
    or wrong. Returns what was checked."""
    carried = body.get(rule.signature)
    if not isinstance(carried, str) or not carried:
        raise SignatureError("signature is missing", field=rule.signature)
    scheme = scheme_named(rule.scheme)
    text = scheme.string_to_sign(rule.signed_values(body), rule)
    if not scheme.matches(text, carried, secret, rule):
        raise SignatureError("signature does not match", field=rule.signature)
    return Signed(text, carried)


def ordered_values(values: Mapping[str, Any], fields: Sequence[str]) -> list[str]:
    """The text of each field in order, a missing field counting as empty."""
    return [value_text(values.get(name)) for name in fields]
