"""One exception hierarchy for every API.

Every error can carry the HTTP response it came from (``.response``); messages never contain
secrets or signatures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import httpx


class JiaofeiError(Exception):
    """Base of every error this package raises."""

    def __init__(self, message: str, *, response: httpx.Response | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.response = response


class ValidationError(JiaofeiError, ValueError):
    """A value breaks the spec; raised before anything is sent.

    ``field`` is the dotted path of the offending field (``""`` for the body itself) and
    ``rule`` the JSON Schema keyword it breaks (``required``, ``maxLength``, ``enum`` ...).
    """

    def __init__(
        self, field: str, rule: str, detail: str, *, response: httpx.Response | None = None
    ) -> None:
        where = field or "body"
        super().__init__(f"{where}: {detail} ({rule})", response=response)
        self.field = field
        self.rule = rule
        self.detail = detail


class SignatureDiagnosis(NamedTuple):
    """What was computed when a signature was checked and refused; never the key.

    ``string_to_sign`` is the text as this side built it (the key enters only the digest),
    ``fields`` the signed fields in the order they were taken, ``received`` the signature the
    message carried, ``expected`` the one this side computes (``None`` where only the sender's
    private key could make it), ``body_sha256`` the hex SHA-256 of the body bytes as received
    (when they were at hand), ``variant`` the declared signing variant the message does match
    (``None`` when none does) and ``configured`` the variant in effect (``"document"``).
    """

    scheme: str
    signature_field: str
    string_to_sign: str
    received: str | None
    expected: str | None
    fields: tuple[str, ...] = ()
    body_sha256: str | None = None
    variant: str | None = None
    configured: str = "document"

    def to_dict(self) -> dict[str, Any]:
        """JSON-able form (for logs, the sandbox's answer and ``jiaofei doctor --json``)."""
        return {
            "scheme": self.scheme,
            "signature_field": self.signature_field,
            "fields": list(self.fields),
            "string_to_sign": self.string_to_sign,
            "received": self.received,
            "expected": self.expected,
            "body_sha256": self.body_sha256,
            "configured_variant": self.configured,
            "matching_variant": self.variant,
        }

    def explain(self) -> str:
        """The diagnosis as lines a person reads."""
        lines = [
            f"scheme:          {self.scheme} (variant {self.configured})",
            f"signed fields:   {', '.join(self.fields) or '(none)'}",
            f"string to sign:  {self.string_to_sign!r}",
            f"received {self.signature_field}:  {self.received!r}",
            f"expected {self.signature_field}:  "
            + (repr(self.expected) if self.expected is not None else "(needs the sender's key)"),
        ]
        if self.body_sha256:
            lines.append(f"body sha256:     {self.body_sha256}")
        if self.variant:
            lines.append(f"matches variant: {self.variant}")
        return "\n".join(lines)


class SignatureError(JiaofeiError):
    """A signature is missing or does not match (request, reply or callback).

    ``diagnosis`` (a :class:`SignatureDiagnosis`, or ``None`` when nothing was computed, e.g.
    no key is configured) says what was signed and compared.
    """

    def __init__(
        self,
        detail: str,
        *,
        field: str = "sign",
        response: httpx.Response | None = None,
        diagnosis: SignatureDiagnosis | None = None,
    ):
        super().__init__(f"{field}: {detail}", response=response)
        self.field = field
        self.detail = detail
        self.diagnosis = diagnosis


class CredentialError(JiaofeiError):
    """A credential header (appKey, token, timestamp, authCode ...) is missing, wrong or stale.

    ``header`` names it; the message never repeats the value received.
    """

    def __init__(self, header: str, detail: str, *, response: httpx.Response | None = None):
        super().__init__(f"{header}: {detail}", response=response)
        self.header = header


class TransportError(JiaofeiError):
    """The request did not get an HTTP answer (connection refused, reset, TLS failure)."""


class TimeoutError(TransportError):
    """No answer within the configured timeout."""


class HTTPStatusError(JiaofeiError):
    """The server answered with an HTTP status the spec does not allow for success."""

    def __init__(self, status_code: int, message: str, *, response: httpx.Response | None = None):
        super().__init__(f"HTTP {status_code}: {message}", response=response)
        self.status_code = status_code


class BusinessError(JiaofeiError):
    """The vendor answered, and its code field says the call failed.

    ``code`` is the vendor's code (bizCode, returnCode, sub_code, ...), ``meaning`` its entry in
    the document's code table when there is one, ``vendor_message`` the message it sent.
    """

    def __init__(
        self,
        code: str,
        *,
        field: str,
        meaning: str | None = None,
        vendor_message: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        parts = [f"{field}={code}"]
        if meaning:
            parts.append(meaning)
        if vendor_message and vendor_message != meaning:
            parts.append(vendor_message)
        # Not cooperative: the refusal subclasses also derive from SignatureError or
        # CredentialError, whose __init__ takes other arguments.
        JiaofeiError.__init__(self, ": ".join(parts), response=response)
        self.code = code
        self.field = field
        self.meaning = meaning
        self.vendor_message = vendor_message


class _Refused(BusinessError):
    """A vendor code that refuses our signature or credential (the overlay lists it)."""

    def __init__(self, code: str, *, field: str, **details: Any) -> None:
        super().__init__(code, field=field, **details)
        self.detail = self.message


class SignatureRefused(_Refused, SignatureError):
    """The vendor answered that our signature is wrong (a code the overlay lists as
    ``signature-codes``, e.g. CMPay's IPS0008): a :class:`SignatureError` that is also a
    :class:`BusinessError` carrying the vendor's ``code``. ``field`` names the code field;
    ``diagnosis`` is ``None`` (the vendor does not say what it computed)."""

    diagnosis = None


class CredentialRefused(_Refused, CredentialError):
    """The vendor answered that our credential is wrong or stale (a code the overlay lists as
    ``credential-codes``): a :class:`CredentialError` that is also a :class:`BusinessError`
    carrying the vendor's ``code``; ``header`` is the code field."""

    def __init__(self, code: str, *, field: str, **details: Any) -> None:
        super().__init__(code, field=field, **details)
        self.header = field
