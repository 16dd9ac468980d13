"""Turning a call's fields into signed wire bytes, and a reply's bytes into verified data.

Both clients, the httpx Auth for generated endpoints, the CLI and the contract tests go
through these functions, so a request is signed one way only.
"""

from __future__ import annotations

import enum
import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from jiaofei import signing, validation, wire
from jiaofei.errors import (
    BusinessError,
    HTTPStatusError,
    JiaofeiError,
    SignatureError,
    ValidationError,
)
from jiaofei.settings import Settings
from jiaofei.spec import ApiSpec, Operation

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

    def prepare(self, op: Operation, fields: Mapping[str, Any]) -> Prepared:
        values = {k: plain(v) for k, v in fields.items() if v is not None}
        params: dict[str, Any] = {}
        headers: dict[str, str] = {}
        path = op.path or ""
        for parameter in op.parameters:
            name, where = parameter["name"], parameter["in"]
            if name in self.settings.fills() and name not in values:
                values[name] = self.settings.fills()[name]
            if name not in values:
                continue
            value = values.pop(name)
            validation.check(self.spec, self._parameter_pointer(op, parameter), value)
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
            body = {**self._filled_body(op, media), **values}
            without = (rule.signature,) if rule else ()
            validation.check(self.spec, op.request_schema_pointer(media), body, without=without)
        elif values:
            name = sorted(values)[0]
            raise ValidationError(name, "unknown", "is not a parameter of this operation")
        message = body if media is not None else params
        if rule is not None:
            signed = signing.sign(message, rule, self.settings.secret(rule.secret))
            message[rule.signature] = signed.signature
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

    def _filled_body(self, op: Operation, media: str) -> dict[str, Any]:
        schema = self.spec.resolve(self.spec.pointer(op.request_schema_pointer(media)))
        properties = set(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            properties |= set(self.spec.resolve(part).get("properties", {}))
        return {k: v for k, v in self.settings.fills().items() if k in properties}

    @staticmethod
    def _parameter_pointer(op: Operation, parameter: Mapping[str, Any]) -> str:
        index = next(i for i, p in enumerate(op.parameters) if p is parameter)
        raw = op.raw["parameters"][index]
        if "$ref" in raw:
            return f"{raw['$ref']}/schema"
        return f"{op.pointer}/parameters/{index}/schema"

    # -- replies ----------------------------------------------------------------------------

    def interpret(self, op: Operation, response: httpx.Response) -> Any:
        """Decode, verify and judge a reply; return its decoded body."""
        content_type = response.headers.get("content-type")
        try:
            body = wire.decode(response.content, content_type)
        except ValidationError as exc:
            if response.is_success:
                exc.response = response
                raise
            raise HTTPStatusError(response.status_code, exc.detail, response=response) from None
        if isinstance(body, dict) and wire.media_type(content_type) == wire.FORM:
            pointer = op.response_schema_pointer(response.status_code, wire.FORM)
            if pointer:
                body = wire.coerce_form(body, self.spec.pointer(pointer), self.spec.resolve)
        if isinstance(body, dict):
            self.verify_reply(op, body, response)
            self.check_outcome(op, body, response)
        if not response.is_success:
            raise HTTPStatusError(response.status_code, _summary(body), response=response)
        return body

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
            signing.verify(body, rule, self.settings.secret(rule.secret))
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
            message_field = check.get("message")
            vendor_message = scope.get(message_field) if message_field else None
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
    schema = spec.resolve(schema)
    if not isinstance(schema, Mapping):
        return None
    if name in schema.get("properties", {}):
        return dict(spec.resolve(schema["properties"][name]))
    for part in schema.get("allOf", []):
        found = _member(spec, part, name)
        if found:
            return found
    return None


def _summary(body: Any) -> str:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    return text[:200]


def payload(field: str, parse: Callable[[Any], Any]) -> Callable[[Mapping[str, Any]], Any]:
    """Parse a reply whose result is JSON text carried in one string field (signed as sent)."""

    def parse_payload(body: Mapping[str, Any]) -> Any:
        text = body.get(field)
        if not isinstance(text, str):
            raise JiaofeiError(f"reply has no {field} to read")
        try:
            return parse(json.loads(text))
        except ValueError as exc:
            raise ValidationError(field, "json", f"is not JSON text ({exc})") from None

    return parse_payload
