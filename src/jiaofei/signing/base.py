"""What every signing scheme shares: the rule read from the overlay, the text of a wire value,
and the compiled :class:`Signer` that a rule and its key become."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import unquote_plus

from jiaofei.errors import SignatureDiagnosis, SignatureError


class Rule:
    """One operation's signing rule, as declared by ``x-jiaofei-signing`` in an overlay.

    ``fields`` lists the signed fields in signing order; ``None`` means "every field of the
    payload" (schemes that sort keys). ``secret`` names the client setting holding the key.
    ``payload`` is the name of the object member holding the signed fields when the wire body
    is an envelope (``{"request": {...}, "sign": ...}``); ``None`` when the fields are the body.
    ``when`` lists the values a reply carries when it is signed (failures may be unsigned).

    Read-only, and compared and hashed by identity: a rule is compiled once per object (the
    plan holds them). A plain class: a dataclass costs the import of ``dataclasses`` and a
    millisecond of class building in every program that imports a facade.
    """

    __slots__ = ("fields", "options", "payload", "scheme", "secret", "signature", "when")

    scheme: str
    secret: str
    signature: str
    fields: tuple[str, ...] | None
    payload: str | None
    when: tuple[tuple[str, Any], ...]
    options: Mapping[str, Any]

    def __init__(
        self,
        scheme: str,
        secret: str,
        signature: str = "sign",
        fields: tuple[str, ...] | None = None,
        payload: str | None = None,
        when: tuple[tuple[str, Any], ...] = (),
        options: Mapping[str, Any] | None = None,
    ) -> None:
        values = (
            scheme,
            secret,
            signature,
            fields,
            payload,
            when,
            {} if options is None else options,
        )
        for name, value in zip(_RULE_PARTS, values, strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a signing rule is read-only ({name})")

    def __repr__(self) -> str:
        parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in _RULE_PARTS)
        return f"Rule({parts})"

    def __reduce__(self) -> tuple[type[Rule], tuple[Any, ...]]:
        return Rule, tuple(getattr(self, name) for name in _RULE_PARTS)

    def replace(self, **changes: Any) -> Rule:
        """A new rule with ``changes`` (names of its parts) made."""
        unknown = set(changes) - set(_RULE_PARTS)
        if unknown:
            raise TypeError(f"a signing rule has no {', '.join(sorted(unknown))}")
        return Rule(**{name: changes.get(name, getattr(self, name)) for name in _RULE_PARTS})

    @classmethod
    def from_spec(cls, declared: Mapping[str, Any]) -> Rule:
        known = {"scheme", "secret", "signature", "fields", "payload", "when"}
        fields = declared.get("fields")
        return cls(
            scheme=declared["scheme"],
            secret=declared["secret"],
            signature=declared.get("signature", "sign"),
            fields=tuple(fields) if fields is not None else None,
            payload=declared.get("payload"),
            when=tuple(declared.get("when", {}).items()),
            options={k: v for k, v in declared.items() if k not in known},
        )

    def applies_to(self, body: Mapping[str, Any]) -> bool:
        """Whether a message with these values carries a signature under this rule."""
        return all(body.get(k) == v for k, v in self.when)

    def signed_values(self, body: Mapping[str, Any]) -> Mapping[str, Any]:
        """The mapping the signed fields are read from."""
        if self.payload is None:
            return body
        inner = body.get(self.payload)
        return inner if isinstance(inner, Mapping) else {}


_RULE_PARTS = ("scheme", "secret", "signature", "fields", "payload", "when", "options")


class Signed(NamedTuple):
    """The text a scheme digests (never including the secret) and the signature it made."""

    string_to_sign: str
    signature: str


Text = Callable[[Mapping[str, Any]], str]


class Signer:
    """A rule compiled with its key: field order, value text and key bytes decided once.

    ``string_to_sign(body)`` builds the text the scheme digests, ``digest(text)`` turns it
    into a signature, ``signature(body)`` does both in one generated function; ``matches``
    compares a received signature in constant time.
    """

    __slots__ = ("digest", "rule", "signature", "string_to_sign")

    def __init__(
        self,
        rule: Rule,
        string_to_sign: Text,
        digest: Callable[[str], str],
        signature: Text | None = None,
    ) -> None:
        self.rule = rule
        self.string_to_sign = string_to_sign
        self.digest = digest
        self.signature: Text = signature or (lambda body: digest(string_to_sign(body)))

    def sign(self, body: Mapping[str, Any]) -> Signed:
        text = self.string_to_sign(body)
        return Signed(text, self.digest(text))

    def sign_into(self, message: dict[str, Any]) -> dict[str, Any]:
        """Set the signature field of ``message`` (in place) and return it."""
        message[self.rule.signature] = self.signature(message)
        return message

    def matches(self, text: str, carried: str) -> bool:
        return hmac.compare_digest(self.digest(text).encode(), carried.encode())

    def verify(self, body: Mapping[str, Any]) -> Signed:
        """Check the signature carried in ``body``; raise :class:`SignatureError` (with its
        :class:`SignatureDiagnosis`) when it is absent or wrong. Returns what was checked."""
        carried = body.get(self.rule.signature)
        if not isinstance(carried, str) or not carried:
            raise SignatureError(
                "signature is missing",
                field=self.rule.signature,
                diagnosis=self.diagnose(body, carried if isinstance(carried, str) else None),
            )
        text = self.string_to_sign(body)
        if not self.matches(text, carried):
            raise SignatureError(
                "signature does not match",
                field=self.rule.signature,
                diagnosis=self.diagnose(body, carried),
            )
        return Signed(text, carried)

    def expected(self, text: str) -> str | None:
        """The signature this side makes of ``text``; ``None`` when it cannot sign (a public
        key only)."""
        try:
            return self.digest(text)
        except TypeError:
            return None

    def signed_fields(self, body: Mapping[str, Any]) -> tuple[str, ...]:
        """The fields that enter the string to sign, in the order they enter it."""
        fields = self.rule.fields
        if fields is None:
            values = self.rule.signed_values(body)
            fields = tuple(name for name in values if name != self.rule.signature)
        if self.rule.options.get("order") == "sorted":
            return tuple(sorted(fields))
        return tuple(fields)

    def diagnose(self, body: Mapping[str, Any], received: str | None) -> SignatureDiagnosis:
        text = self.string_to_sign(body)
        return SignatureDiagnosis(
            scheme=self.rule.scheme,
            signature_field=self.rule.signature,
            string_to_sign=text,
            received=received,
            expected=self.expected(text),
            fields=self.signed_fields(body),
        )


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


def ordered_text(fields: Sequence[str] | None, scheme: str, order: str = "document") -> str:
    """The source string of schemes that concatenate field values in a declared order, as
    one Python expression over ``values`` (a missing field counts as empty). ``order``
    ``sorted`` takes the fields by name instead (a variant some peers use)."""
    if fields is None:
        raise ValueError(f"{scheme} needs an explicit field list")
    if order == "sorted":
        fields = sorted(fields)
    if not fields:
        return '""'
    # str and int values are written out inline; anything else goes through value_text.
    return " + ".join(
        f"(v if (v := values.get({name!r})).__class__ is str"
        " else str(v) if v.__class__ is int else value_text(v))"
        for name in fields
    )


def compile_functions(
    rule: Rule, text: str, digest: str, namespace: Mapping[str, Any]
) -> tuple[Text, Callable[[str], str], Text]:
    """Decide once, run plain code: ``string_to_sign``, ``digest`` and ``signature`` generated
    as Python functions for one rule. ``text`` is an expression over ``values`` (the signed
    mapping), ``digest`` an expression over ``{text}``."""
    if rule.payload is None:
        prologue = "values = body"
    else:
        prologue = (
            f"values = body.get({rule.payload!r})\n"
            "    if not isinstance(values, Mapping):\n"
            "        values = EMPTY"
        )
    adjust = value_adjustment(rule.options)
    if adjust is not None:
        prologue += "\n    values = ADJUST(values)"
    code = (
        f"def string_to_sign(body):\n    {prologue}\n    return {text}\n"
        f"def digest(text):\n    return {digest.format(text='text')}\n"
        f"def signature(body):\n    {prologue}\n    return {digest.format(text='(' + text + ')')}\n"
    )
    scope: dict[str, Any] = {
        "value_text": value_text,
        "Mapping": Mapping,
        "EMPTY": {},
        "ADJUST": adjust,
        "ENC": encoding(rule.options),
    }
    scope.update(namespace)
    exec(compile(code, f"<jiaofei signer {rule.scheme}>", "exec"), scope)  # noqa: S102
    return scope["string_to_sign"], scope["digest"], scope["signature"]


# -- variants: how deployed peers are known to differ from a document's reading ---------------
#
# A rule's options may carry these (declared per API by ``x-jiaofei-signing-variants`` and
# picked by a setting, or tried one by one by ``jiaofei doctor``); absent, the document's
# reading applies:
#   case: upper          hex digest in upper case
#   empty: sign          sorted schemes: empty values signed as ``k=`` instead of skipped
#   key: &key= | suffix | prefix   where the secret enters the digested text
#   decode: url          values URL-decoded before they are signed
#   encoding: gbk        the text digested as GBK instead of UTF-8
#   numbers: decimal     integral numbers written as ``1.0`` instead of ``1``
#   order: sorted | document   ordered schemes by name; sorted schemes in the message's order

VARIANT_OPTIONS = ("case", "empty", "key", "decode", "encoding", "numbers", "order")


def encoding(options: Mapping[str, Any]) -> str:
    return str(options.get("encoding", "utf-8"))


def encode_call(options: Mapping[str, Any]) -> str:
    """The ``.encode(...)`` a generated digest applies to its text."""
    return ".encode()" if encoding(options) == "utf-8" else ".encode(ENC)"


def hex_case(options: Mapping[str, Any]) -> str:
    """What a generated hex digest expression ends with."""
    return ".upper()" if options.get("case") == "upper" else ""


def _decimal_text(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return f"{value}.0"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value)}.0"
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return f"{int(value)}.0"
    return value


def value_adjustment(
    options: Mapping[str, Any],
) -> Callable[[Mapping[str, Any]], Mapping[str, Any]] | None:
    """The change a variant makes to the values before they are signed, or ``None``."""
    steps: list[Callable[[Any], Any]] = []
    if options.get("decode") == "url":
        steps.append(lambda v: unquote_plus(v) if isinstance(v, str) else v)
    if options.get("numbers") == "decimal":
        steps.append(_decimal_text)
    if not steps:
        return None

    def adjust(values: Mapping[str, Any]) -> Mapping[str, Any]:
        changed = {}
        for name, value in values.items():
            for step in steps:
                value = step(value)
            changed[name] = value
        return changed

    return adjust
