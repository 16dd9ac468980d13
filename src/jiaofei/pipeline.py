"""Turning a call's fields into signed wire bytes, and a reply's bytes into verified data.

Both clients, the httpx Auth for generated endpoints, the CLI and the contract tests go
through these functions, so a request is signed one way only.
"""

from __future__ import annotations

import enum
import json
import logging
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import httpx

from jiaofei import formats, signing, validation, wire
from jiaofei.errors import (
    BusinessError,
    HTTPStatusError,
    JiaofeiError,
    SignatureError,
    ValidationError,
)
from jiaofei.formats import GMT8
from jiaofei.settings import Settings
from jiaofei.spec import ApiSpec, Operation, is_json_parameter, members

log = logging.getLogger("jiaofei")

REDACTED = "***"


@dataclass(frozen=True)
class Prepared:
    """A request ready to send: exactly these bytes were signed and will be sent."""

    operation: Operation
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    content: bytes
    message: dict[str, Any]


def plain(value: Any) -> Any:
    """Generated attrs models, enums and nested containers as plain wire values."""
    if hasattr(value, "to_dict"):
        return plain(value.to_dict())
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        # Yuan amounts travel as decimal strings, as the documents send them.
        return str(value)
    if isinstance(value, Mapping):
        return {k: plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


class Pipeline:
    def __init__(self, spec: ApiSpec, settings: Settings, encoding: str | None = None) -> None:
        self.spec = spec
        self.settings = settings
        if encoding is not None and encoding not in wire.ENCODINGS:
            raise ValueError(f"encoding must be one of {sorted(wire.ENCODINGS)}")
        self.encoding = encoding

    # -- requests ---------------------------------------------------------------------------

    def media_type(self, op: Operation) -> str | None:
        offered = op.request_media_types
        if not offered:
            return None
        if self.encoding:
            wanted = wire.ENCODINGS[self.encoding]
            if wanted in offered:
                return wanted
        return offered[0]

    def provided(self, names: Iterable[str]) -> dict[str, Any]:
        """Values the client supplies itself: settings that fill fields (``uid``) and fields
        the overlay generates (``x-jiaofei-auto``, e.g. a timestamp)."""
        fills = self.settings.fills()
        autos = self.provided_autos(self.spec.info_extension.get("auto", {}))
        return {n: fills[n] if n in fills else autos[n] for n in names if n in fills or n in autos}

    @staticmethod
    def provided_autos(autos: Mapping[str, str]) -> dict[str, str]:
        return {name: auto_value(kind) for name, kind in autos.items()}

    def credential_headers(self, op: Operation, values: dict[str, Any]) -> dict[str, str]:
        """The credential headers ``op`` requires (security schemes with ``x-jiaofei-value``):
        from settings, generated, or taken out of ``values`` (a user's own credential)."""
        headers: dict[str, str] = {}
        for credential in op.header_credentials:
            if credential.source == "setting":
                headers[credential.header] = self.settings.secret(credential.name).reveal()
            elif credential.source == "auto":
                headers[credential.header] = auto_value(credential.name)
            else:
                value = values.pop(credential.name, None)
                if value is None or value == "":
                    raise ValidationError(
                        credential.name,
                        "required",
                        "is required: this interface needs the user's authorisation",
                    )
                headers[credential.header] = signing.value_text(value)
        return headers

    def prepare(self, op: Operation, fields: Mapping[str, Any]) -> Prepared:
        values = {k: plain(v) for k, v in fields.items() if v is not None}
        values = {**self.provided(p["name"] for p in op.parameters), **values}
        params: dict[str, Any] = {}
        headers = self.credential_headers(op, values)
        path = op.path or ""
        for index, parameter in enumerate(op.parameters):
            name, where = parameter["name"], parameter["in"]
            if name not in values:
                continue
            value = values.pop(name)
            validation.check(self.spec, op.parameter_schema_pointer(index), value)
            if is_json_parameter(parameter):
                value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            if where == "query":
                params[name] = value
            elif where == "path":
                path = path.replace("{" + name + "}", signing.value_text(value))
            elif where == "header":
                headers[name] = signing.value_text(value)
        media = self.media_type(op)
        rule = op.signing
        body: dict[str, Any] = {}
        if media is not None:
            body = self.body(op, media, values)
            without = (rule.signature,) if rule else ()
            validation.check(self.spec, op.request_schema_pointer(media), body, without=without)
        elif values:
            name = sorted(values)[0]
            raise ValidationError(name, "unknown", "is not a parameter of this operation")
        message = body if media is not None else params
        if rule is not None:
            self.settings.sign_into(message, rule)
        content = b""
        if media is not None:
            content = wire.encode(body, media)
            headers["Content-Type"] = media + ("; charset=utf-8" if media == wire.JSON else "")
        return Prepared(
            op,
            op.method.upper(),
            path,
            {k: signing.value_text(v) for k, v in params.items()},
            headers,
            content,
            message,
        )

    def body(self, op: Operation, media: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """The request body: the caller's fields plus provided ones, wrapped in the API's
        envelope (``x-jiaofei-envelope``) when it has one."""
        schema = self.spec.pointer(op.request_schema_pointer(media))
        envelope = self.spec.info_extension.get("envelope")
        if envelope:
            inner = members(
                members(schema, self.spec.resolve)[envelope["request"]], self.spec.resolve
            )
            return {envelope["request"]: {**self.provided(inner), **values}}
        return {**self.provided(members(schema, self.spec.resolve)), **values}

    # -- replies ----------------------------------------------------------------------------

    def interpret(self, op: Operation, response: httpx.Response) -> Any:
        """Decode, verify and judge a reply; return its body read as the spec's types.

        The signature is checked on the values exactly as received (the text of a form),
        before anything is converted.
        """
        content_type = self.spec.reply_content_type(response.headers.get("content-type"))
        try:
            received = wire.decode(response.content, content_type)
        except ValidationError as exc:
            if response.is_success:
                exc.response = response
                raise
            raise HTTPStatusError(response.status_code, exc.detail, response=response) from None
        if not isinstance(received, dict):
            if not response.is_success:
                raise HTTPStatusError(response.status_code, _summary(received), response=response)
            return received
        self.verify_reply(op, received, response)
        media = wire.media_type(content_type)
        pointer = op.response_schema_pointer(response.status_code, media)
        body = received
        if pointer and media == wire.FORM:
            body = wire.coerce_form(received, self.spec.pointer(pointer), self.spec.resolve)
        self.check_outcome(op, body, response)
        if not response.is_success:
            raise HTTPStatusError(response.status_code, _summary(body), response=response)
        return formats.read(self.spec, self.spec.pointer(pointer), body) if pointer else body

    def verify_reply(
        self, op: Operation, body: Mapping[str, Any], response: httpx.Response
    ) -> None:
        rule = op.reply_signing
        if rule is None:
            return
        when = rule.options.get("when", {})
        if any(body.get(k) != v for k, v in when.items()):
            return
        try:
            self.settings.verify(body, rule)
        except SignatureError as exc:
            raise SignatureError(
                f"reply {exc.message}", field=exc.field, response=response
            ) from None

    def check_outcome(
        self, op: Operation, body: Mapping[str, Any], response: httpx.Response
    ) -> None:
        for check in self.spec.info_extension.get("outcome", {}).get("checks", []):
            scope = body.get(check["within"], {}) if check.get("within") else body
            if not isinstance(scope, Mapping) or check["field"] not in scope:
                continue
            value = signing.value_text(scope[check["field"]])
            if value in check["success"]:
                continue
            message_fields = check.get("message") or []
            if isinstance(message_fields, str):
                message_fields = [message_fields]
            vendor_message = next(
                (scope[f] for f in message_fields if scope.get(f) not in (None, "")), None
            )
            raise BusinessError(
                value,
                field=check["field"],
                meaning=self.meaning(op, check["field"], value, response.status_code),
                vendor_message=str(vendor_message) if vendor_message is not None else None,
                response=response,
            )

    def meaning(self, op: Operation, field: str, value: str, status: int) -> str | None:
        """The code table's meaning of ``value`` for reply field ``field``, if it has one."""
        tables = self.spec.info_extension.get("code-tables", {})
        if field in tables:
            table = self.spec.resolve(self.spec.pointer(tables[field]))
            described = table.get("x-enum-descriptions", {}).get(value)
            if described:
                return str(described)
        for media in ("application/json", wire.FORM):
            for code in (status, 200):
                pointer = op.response_schema_pointer(code, media)
                if pointer:
                    schema = _member(self.spec, self.spec.pointer(pointer), field)
                    described = (schema or {}).get("x-enum-descriptions", {}).get(value)
                    if described:
                        return str(described)
        return None

    # -- logging ----------------------------------------------------------------------------

    def redact(self, message: Mapping[str, Any]) -> dict[str, Any]:
        secrets = set(self.settings.secret_texts())
        signatures = {
            r.signature
            for o in self.spec.operations.values()
            for r in (o.signing, o.reply_signing)
            if r is not None
        }
        return {
            k: REDACTED if k in signatures or (isinstance(v, str) and v in secrets) else v
            for k, v in message.items()
        }


def _member(spec: ApiSpec, schema: Any, name: str) -> Mapping[str, Any] | None:
    found = members(schema, spec.resolve).get(name)
    return dict(spec.resolve(found)) if found is not None else None


def _summary(body: Any) -> str:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    return text[:200]


def payload(field: str, parse: Callable[[Any], Any]) -> Callable[[Mapping[str, Any]], Any]:
    """Parse the member of a reply that holds its result: an object (an envelope's
    ``response``) or JSON text in a string field (signed as sent)."""

    def parse_payload(body: Mapping[str, Any]) -> Any:
        value = body.get(field)
        if isinstance(value, Mapping):
            return parse(value)
        if not isinstance(value, str):
            raise JiaofeiError(f"reply has no {field} to read")
        try:
            return parse(json.loads(value))
        except ValueError as exc:
            raise ValidationError(field, "json", f"is not JSON text ({exc})") from None

    return parse_payload


def auto_value(kind: str) -> str:
    now = time.time()
    if kind == "epoch-seconds":
        return str(int(now))
    if kind == "epoch-millis":
        return str(int(now * 1000))
    if kind.startswith("const:"):
        return kind[len("const:") :]
    if kind == "unique-id":
        local = datetime.fromtimestamp(now, GMT8)
        return local.strftime("%Y%m%d%H%M%S") + secrets.token_hex(6)
    if kind == "yyyyMMddHHmmssSSS+08:00":
        local = datetime.fromtimestamp(now, GMT8)
        return local.strftime("%Y%m%d%H%M%S") + f"{local.microsecond // 1000:03d}"
    raise ValueError(f"unknown generated value {kind!r}")


def auto_moment(kind: str, value: Any) -> float | None:
    """When a value :func:`auto_value` made for ``kind`` was made, in epoch seconds; None for
    kinds that are not times. Raises ValueError for a value that is not such a time."""
    if kind in ("epoch-seconds", "epoch-millis"):
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a {kind} time") from None
        return seconds / 1000 if kind == "epoch-millis" else seconds
    if kind == "yyyyMMddHHmmssSSS+08:00":
        text = str(value)
        if len(text) != 17 or not text.isdigit():
            raise ValueError(f"{value!r} is not yyyyMMddHHmmssSSS")
        moment = datetime.strptime(text[:14], "%Y%m%d%H%M%S").replace(tzinfo=GMT8)
        return moment.timestamp() + int(text[14:]) / 1000
    return None
