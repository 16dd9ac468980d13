"""Turning a call's fields into the exact bytes that are signed and sent.

Both clients, the sandbox's deliveries and the contract tests build requests here, from the
operation's plan, so a request is made one way only.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from jiaofei import messages, wire
from jiaofei.autos import auto_value
from jiaofei.errors import ValidationError
from jiaofei.plan import OperationPlan
from jiaofei.settings import Settings
from jiaofei.signers import Signers
from jiaofei.signing import value_text


class Prepared(NamedTuple):
    """A request ready to send: exactly these bytes were signed and will be sent."""

    plan: OperationPlan
    method: str
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    content: bytes
    message: dict[str, Any]


def plain(value: Any) -> Any:
    """Generated attrs models, enums and nested containers as plain wire values."""
    kind = value.__class__
    if kind is str or kind is int:
        return value
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


class RequestBuilder:
    """Builds requests for one set of settings: provided fields filled, every field validated
    against the spec, the body signed as it will be sent."""

    def __init__(self, settings: Settings, signers: Signers, encoding: str | None = None) -> None:
        if encoding is not None and encoding not in wire.ENCODINGS:
            raise ValueError(f"encoding must be one of {sorted(wire.ENCODINGS)}")
        self.settings = settings
        self.signers = signers
        self.preferred = wire.ENCODINGS[encoding] if encoding else None

    def provided(self, plan: OperationPlan) -> dict[str, Any]:
        """The values the client supplies itself for ``plan``: settings that fill a field and
        generated ones (made afresh for every request)."""
        fills, autos = self.settings.fills, plan.api.autos
        values: dict[str, Any] = {}
        for name in plan.provided:
            if name in fills:
                values[name] = fills[name]
            elif name in autos:
                values[name] = auto_value(autos[name])
        return values

    def credential_headers(self, plan: OperationPlan, values: dict[str, Any]) -> dict[str, str]:
        """The credential headers ``plan`` requires: from settings, generated, or taken out of
        ``values`` (a user's own credential)."""
        headers: dict[str, str] = {}
        for credential in plan.header_credentials:
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
                headers[credential.header] = value_text(value)
        return headers

    def build(self, plan: OperationPlan, fields: Mapping[str, Any]) -> Prepared:
        values = self.provided(plan)
        for name, value in fields.items():
            if value is not None:
                values[name] = plain(value)
        headers = self.credential_headers(plan, values)
        params: dict[str, str] = {}
        path = plan.path or ""
        for parameter in plan.parameters:
            name = parameter.name
            if name not in values:
                continue
            value = values.pop(name)
            parameter.check(value)
            if parameter.is_json:
                value = wire.json_text(value)
            if parameter.location == "query":
                params[name] = value
            elif parameter.location == "path":
                path = path.replace("{" + name + "}", value_text(value))
            elif parameter.location == "header":
                headers[name] = value_text(value)
        media = plan.media_type(self.preferred)
        body: dict[str, Any] = {}
        if media is not None:
            body = messages.wrap(plan, values)
            plan.body_check(media, unsigned=True)(body)
        elif values:
            name = sorted(values)[0]
            raise ValidationError(name, "unknown", "is not a parameter of this operation")
        message = body if media is not None else params
        if plan.signing is not None:
            self.signers.sign_into(plan.signing, message)
        content = b""
        if media is not None:
            content = messages.encode(body, media)
            headers["Content-Type"] = messages.content_type(media)
        return Prepared(
            plan,
            plan.method,
            path,
            {k: value_text(v) for k, v in params.items()},
            headers,
            content,
            message,
        )
