"""Each operation compiled once: the one reader of the overlay's ``x-jiaofei-*`` extensions.

An :class:`ApiPlan` holds what is true of a whole API (settings, generated fields, envelope,
outcome checks, code tables); its :class:`OperationPlan` per operation holds every fact a
message needs — method, path, parameters with their compiled validators, fields the client
provides, credential headers, signing rules, envelope, ack, dedupe key, reply readers — decided
on first use and then only read. The client, receivers, sandbox, CLI and contract hooks all
take plans; none of them walks the spec per message.

Plans are built on first use and cached rather than generated as code: the overlaid document
shipped in the wheel stays the one source, importing an API costs nothing per operation, and
an operation a program never calls is never compiled.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from typing import Any, Literal, NamedTuple
from urllib.parse import urlsplit

from jiaofei import formats, validation, wire
from jiaofei.signing import Rule
from jiaofei.signing.variants import SigningVariants
from jiaofei.spec import ApiSpec, Operation, is_json_parameter, members

PREFIX = "x-jiaofei-"

Source = Literal["setting", "auto", "argument"]
SOURCES: tuple[Source, ...] = ("setting", "auto", "argument")

# A receiver's claim on a delivery lapses after this many seconds unless the callback declares
# ``x-jiaofei-callback: {lease: ...}``.
DEFAULT_LEASE = 60.0
# A processed delivery is remembered this long (one day) unless the callback declares
# ``x-jiaofei-callback: {remember: ...}`` or an ``x-retry`` interval.
DEFAULT_MEMORY = 86_400.0


def extensions(node: Mapping[str, Any]) -> dict[str, Any]:
    """The ``x-jiaofei-*`` members of a spec node, without the prefix."""
    return {k[len(PREFIX) :]: v for k, v in node.items() if k.startswith(PREFIX)}


class Setting(NamedTuple):
    """A client setting (credential or option) declared by ``x-jiaofei-settings``."""

    name: str
    env: str
    secret: bool
    fills: str | None
    description: str
    default: str | None


class HeaderCredential(NamedTuple):
    """A header an ``apiKey`` security scheme requires, and where its value comes from
    (``x-jiaofei-value``): a ``setting``, a generated value (``auto``, e.g. a timestamp) or a
    call ``argument`` (a user's own credential, passed per call; ``test_setting`` names the
    setting the sandbox accepts and the contract tests send in its place)."""

    header: str
    source: Source
    name: str
    window_setting: str | None = None
    test_setting: str | None = None


class OutcomeCheck(NamedTuple):
    """A reply field whose value says whether the call succeeded (``x-jiaofei-outcome``)."""

    field: str
    success: frozenset[str]
    messages: tuple[str, ...]
    within: str | None
    # Codes by which the vendor refuses our signature or credential (``signature-codes``,
    # ``credential-codes``): raised as SignatureRefused / CredentialRefused.
    signature_codes: frozenset[str] = frozenset()
    credential_codes: frozenset[str] = frozenset()


class Parameter(NamedTuple):
    name: str
    location: str
    required: bool
    is_json: bool
    types: frozenset[str]
    check: Callable[[Any], None]


class Envelope(NamedTuple):
    """``{"request": {...}, "sign": ...}``: the member holding a request's and a reply's fields."""

    request: str
    reply: str


class Ack(NamedTuple):
    """What a receiver answers a delivery it accepted, exactly as the document wants it."""

    body: bytes
    content_type: str
    text: str | None  # the ack when the document gives text, compared by senders


class ApiPlan:
    """The compiled view of one API's overlaid document."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self.name = spec.name
        self.info = extensions(spec.document["info"])
        self._operations: dict[str, OperationPlan] = {}

    @classmethod
    def load(cls, name: str) -> ApiPlan:
        found = _PLANS.get(name)
        if found is None:
            found = _PLANS[name] = cls(ApiSpec.load(name))
        return found

    def __repr__(self) -> str:
        return f"ApiPlan({self.name!r})"

    # -- operations -------------------------------------------------------------------------

    def operation(self, operation_id: str) -> OperationPlan:
        found = self._operations.get(operation_id)
        if found is None:
            found = self._operations[operation_id] = OperationPlan(
                self, self.spec.operation(operation_id)
            )
        return found

    def operations(self) -> Iterator[OperationPlan]:
        for operation_id in self.spec.operations:
            yield self.operation(operation_id)

    @cached_property
    def _by_route(self) -> dict[tuple[str, str], str]:
        return {
            (op.method, op.path): op.operation_id
            for op in self.spec.operations.values()
            if op.kind == "call" and op.path is not None
        }

    def find(self, method: str, path: str) -> OperationPlan | None:
        """The call served at ``method`` ``path`` (a path template as the spec writes it)."""
        operation_id = self._by_route.get((method.lower(), path))
        return self.operation(operation_id) if operation_id else None

    # -- what is true of every operation ----------------------------------------------------

    @cached_property
    def settings(self) -> tuple[Setting, ...]:
        prefix = "JIAOFEI_" + self.name.upper().replace("-", "_") + "_"
        return tuple(
            Setting(
                name=s["name"],
                env=prefix + s.get("env", s["name"].upper()),
                secret=bool(s.get("secret", False)),
                fills=s.get("fills"),
                description=s.get("description", ""),
                default=s.get("default"),
            )
            for s in self.info.get("settings", [])
        )

    @cached_property
    def signing_variants(self) -> SigningVariants:
        """The signing variants of deployed peers (``x-jiaofei-signing-variants``)."""
        return SigningVariants.from_spec(self.info.get("signing-variants"))

    @cached_property
    def env_prefix(self) -> str:
        return "JIAOFEI_" + self.name.upper().replace("-", "_") + "_"

    @cached_property
    def autos(self) -> Mapping[str, str]:
        """Fields the client generates (``x-jiaofei-auto``: field -> kind)."""
        return dict(self.info.get("auto", {}))

    @cached_property
    def envelope(self) -> Envelope | None:
        declared = self.info.get("envelope")
        return Envelope(declared["request"], declared["reply"]) if declared else None

    @cached_property
    def reply_form(self) -> bool:
        """Replies are ``k=v`` text whatever content type they are labelled with (CMPay)."""
        return bool(self.info.get("reply-format") == "form")

    def reply_content_type(self, received: str | None) -> str | None:
        return wire.FORM if self.reply_form else received

    @cached_property
    def outcome_checks(self) -> tuple[OutcomeCheck, ...]:
        checks = []
        for check in self.info.get("outcome", {}).get("checks", []):
            messages = check.get("message") or []
            checks.append(
                OutcomeCheck(
                    field=check["field"],
                    success=frozenset(check["success"]),
                    messages=(messages,) if isinstance(messages, str) else tuple(messages),
                    within=check.get("within"),
                    signature_codes=frozenset(check.get("signature-codes", ())),
                    credential_codes=frozenset(check.get("credential-codes", ())),
                )
            )
        return tuple(checks)

    @cached_property
    def code_tables(self) -> dict[str, Mapping[str, str]]:
        """Reply field -> {code: meaning} from the tables ``x-jiaofei-code-tables`` names."""
        tables: dict[str, Mapping[str, str]] = {}
        for field, pointer in self.info.get("code-tables", {}).items():
            table = self.spec.resolve(self.spec.pointer(pointer))
            tables[field] = dict(table.get("x-enum-descriptions", {}))
        return tables

    @cached_property
    def sandbox(self) -> Mapping[str, Any]:
        return dict(self.info.get("sandbox", {}))

    @cached_property
    def signature_fields(self) -> frozenset[str]:
        """Every field that carries a signature somewhere in the API (redacted in logs)."""
        names = set()
        for op in self.spec.operations.values():
            for key in ("x-jiaofei-signing", "x-jiaofei-reply-signing"):
                if key in op.raw:
                    names.add(op.raw[key].get("signature", "sign"))
        return frozenset(names)

    @cached_property
    def default_server(self) -> str:
        servers = self.spec.document.get("servers") or [{"url": "http://127.0.0.1"}]
        url = str(servers[0]["url"])
        for name, variable in servers[0].get("variables", {}).items():
            url = url.replace("{" + name + "}", str(variable["default"]))
        return url

    @cached_property
    def base_path(self) -> str:
        """The path of the document's server URL (``/ips``, ``/api/v2``; "" when none): the
        vendor serves every operation under it."""
        return urlsplit(self.default_server).path.rstrip("/")


_PLANS: dict[str, ApiPlan] = {}


class OperationPlan:
    """One operation's facts, each worked out once (on first use) and then only read."""

    def __init__(self, api: ApiPlan, op: Operation) -> None:
        self.api = api
        self.spec = api.spec
        self.source = op
        self.operation_id = op.operation_id
        self.kind = op.kind
        self.method = op.method.upper()
        self.path = op.path
        self.summary = op.summary
        self.interface_code = op.interface_code
        self.idempotent = op.idempotent
        self.extension = extensions(op.raw)
        self.media_types: tuple[str, ...] = tuple(op.request_media_types)

    def __repr__(self) -> str:
        return f"OperationPlan({self.api.name!r}, {self.operation_id!r})"

    # -- requests ---------------------------------------------------------------------------

    @cached_property
    def signing(self) -> Rule | None:
        declared = self.extension.get("signing")
        return Rule.from_spec(declared) if declared else None

    @cached_property
    def reply_signing(self) -> Rule | None:
        declared = self.extension.get("reply-signing")
        return Rule.from_spec(declared) if declared else None

    @cached_property
    def parameters(self) -> tuple[Parameter, ...]:
        found = []
        for index, parameter in enumerate(self.source.parameters):
            pointer = self.source.parameter_schema_pointer(index)
            found.append(
                Parameter(
                    name=parameter["name"],
                    location=parameter["in"],
                    required=bool(parameter.get("required")),
                    is_json=is_json_parameter(parameter),
                    types=wire.schema_types(self.spec.pointer(pointer), self.spec.resolve),
                    check=validation.compiled(self.spec, pointer).check,
                )
            )
        return tuple(found)

    @cached_property
    def query(self) -> dict[str, Parameter]:
        return {p.name: p for p in self.parameters if p.location == "query"}

    def media_type(self, preferred: str | None = None) -> str | None:
        """The request media type: ``preferred`` when offered, else the document's first."""
        if not self.media_types:
            return None
        if preferred in self.media_types:
            return preferred
        return self.media_types[0]

    def body_schema(self, media: str) -> Any:
        return self.spec.pointer(self.source.request_schema_pointer(media))

    def body_check(self, media: str, *, unsigned: bool = False) -> Callable[[Any], None]:
        """The compiled validator of the request body; ``unsigned`` leaves the signature out
        of ``required`` (the client validates before it signs)."""
        key = (media, unsigned)
        found = self._body_checks.get(key)
        if found is None:
            without = (self.signing.signature,) if unsigned and self.signing else ()
            pointer = self.source.request_schema_pointer(media)
            found = self._body_checks[key] = validation.compiled(self.spec, pointer, without).check
        return found

    @cached_property
    def _body_checks(self) -> dict[tuple[str, bool], Callable[[Any], None]]:
        return {}

    def reply_check(self, status: int, media: str) -> Callable[[Any], None] | None:
        """The compiled validator of a reply (used to name what a malformed reply lacks)."""
        pointer = self.source.response_schema_pointer(status, media)
        return validation.compiled(self.spec, pointer).check if pointer else None

    @cached_property
    def body_fields(self) -> frozenset[str]:
        """The fields the caller's values go into: the body's, or the envelope's inner ones."""
        media = self.media_type()
        if media is None:
            return frozenset()
        schema = members(self.body_schema(media), self.spec.resolve)
        envelope = self.api.envelope
        if envelope and envelope.request in schema:
            schema = members(schema[envelope.request], self.spec.resolve)
        return frozenset(schema)

    @cached_property
    def provided(self) -> tuple[str, ...]:
        """Fields of this operation the client fills itself: settings that fill a field
        (``uid``) and generated ones (``x-jiaofei-auto``, e.g. a timestamp)."""
        own = self.body_fields | {p.name for p in self.parameters}
        filled = {s.fills for s in self.api.settings if s.fills} | set(self.api.autos)
        return tuple(sorted(own & filled))

    @cached_property
    def header_credentials(self) -> tuple[HeaderCredential, ...]:
        """The credential headers of the operation's security requirement (its own, else the
        document's); schemes without ``x-jiaofei-value`` (mutual TLS) are the transport's."""
        document = self.spec.document
        requirements = self.source.raw.get("security", document.get("security", []))
        if not requirements:
            return ()
        schemes = document.get("components", {}).get("securitySchemes", {})
        found = []
        for name in requirements[0]:
            scheme = schemes[name]
            value = scheme.get("x-jiaofei-value")
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header" or not value:
                continue
            source: Source = next(k for k in SOURCES if k in value)
            found.append(
                HeaderCredential(
                    scheme["name"],
                    source,
                    value[source],
                    value.get("window-setting"),
                    value.get("test-setting"),
                )
            )
        return tuple(found)

    @cached_property
    def incoming_forms(self) -> dict[str, wire.FormReader]:
        """Per request media type, how form text reads as the schema's types."""
        return {
            media: wire.FormReader.for_schema(self.body_schema(media), self.spec.resolve)
            for media in self.media_types
        }

    # -- what a receiver or the sandbox answers ---------------------------------------------

    @cached_property
    def ack(self) -> Ack:
        ack = self.extension.get("callback", {}).get("ack", "")
        if isinstance(ack, str):
            return Ack(ack.encode("utf-8"), "text/plain; charset=utf-8", ack)
        body = json.dumps(ack, ensure_ascii=False).encode("utf-8")
        return Ack(body, "application/json", None)

    @cached_property
    def dedupe_key(self) -> tuple[str, ...] | None:
        """The fields that identify one delivery (None: all of them)."""
        fields = self.extension.get("callback", {}).get("dedupe-key")
        return tuple(fields) if fields else None

    @cached_property
    def delivery_attempts(self) -> int:
        """How often the vendor tries a delivery (``x-retry``)."""
        return int(self.source.raw.get("x-retry", {}).get("attempts", 1))

    @cached_property
    def delivery_lease(self) -> float:
        """Seconds a receiver holds a delivery it is processing before a crashed holder's claim
        lapses and another worker may take the delivery over: ``x-jiaofei-callback``
        ``lease``, else :data:`DEFAULT_LEASE`. Longer than any ``process`` may run."""
        declared = self.extension.get("callback", {}).get("lease")
        return float(declared) if declared is not None else DEFAULT_LEASE

    @cached_property
    def delivery_memory(self) -> float:
        """Seconds a processed delivery is remembered, so that the vendor's retries of it are
        acknowledged without processing it again: ``x-jiaofei-callback`` ``remember``, else the
        vendor's retry window from ``x-retry`` (``attempts`` × ``interval`` seconds, doubled),
        else :data:`DEFAULT_MEMORY`."""
        declared = self.extension.get("callback", {}).get("remember")
        if declared is not None:
            return float(declared)
        retry = self.source.raw.get("x-retry", {})
        if "interval" in retry:
            return 2.0 * float(retry["interval"]) * max(1, int(retry.get("attempts", 1)))
        return DEFAULT_MEMORY

    @cached_property
    def sandbox(self) -> Mapping[str, Any]:
        return dict(self.extension.get("sandbox", {}))

    def reply_example(self, status: int = 200) -> Any:
        return self.source.reply_example(status)

    def request_example(self) -> Any:
        return self.source.request_example()

    # -- replies ----------------------------------------------------------------------------

    @cached_property
    def result_field(self) -> str | None:
        """The reply member holding the call's result (``x-jiaofei-result``)."""
        return self.extension.get("result")

    def reply_schema(self, status: int, media: str) -> Any:
        pointer = self.source.response_schema_pointer(status, media)
        return self.spec.pointer(pointer) if pointer else None

    def reply_reader(self, status: int, media: str) -> ReplyShape:
        key = (status, media)
        found = self._reply_readers.get(key)
        if found is None:
            found = self._reply_readers[key] = ReplyShape.compile(self, status, media)
        return found

    @cached_property
    def _reply_readers(self) -> dict[tuple[int, str], ReplyShape]:
        return {}

    def meaning(self, field: str, value: str, status: int) -> str | None:
        """The code table's meaning of ``value`` for reply field ``field``, if it has one."""
        described = self.api.code_tables.get(field, {}).get(value)
        if described:
            return described
        for media in (wire.JSON, wire.FORM):
            for code in (status, 200):
                schema = self.reply_schema(code, media)
                if schema is None:
                    continue
                member = members(schema, self.spec.resolve).get(field)
                if member is None:
                    continue
                described = self.spec.resolve(member).get("x-enum-descriptions", {}).get(value)
                if described:
                    return str(described)
        return None


class ReplyShape(NamedTuple):
    """How one reply shape (status, media type) is read after its signature was verified:
    form text into the schema's types, then decimals, dates and structured strings into the
    Python types the generated models declare."""

    form: wire.FormReader | None
    read: Callable[[Any], Any]

    @classmethod
    def compile(cls, plan: OperationPlan, status: int, media: str) -> ReplyShape:
        schema = plan.reply_schema(status, media)
        if schema is None:
            return cls(None, _identity)
        form = wire.FormReader.for_schema(schema, plan.spec.resolve) if media == wire.FORM else None
        return cls(form, formats.compile_reader(plan.spec, schema))


def _identity(value: Any) -> Any:
    return value
