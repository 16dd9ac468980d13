"""Sandboxes that each break one promise, to prove the contract kit catches them."""

from __future__ import annotations

import json
import string
from collections.abc import Callable
from typing import Any

from starlette.applications import Starlette
from starlette.responses import JSONResponse

from jiaofei.contract.checks import enum_values
from jiaofei.errors import SignatureError, ValidationError
from jiaofei.sandbox import create_app
from jiaofei.sandbox.app import Sandbox
from jiaofei.signers import Signers


def accepts_bad_signature(sandbox: Sandbox) -> None:
    sandbox.verify = lambda *received: None  # type: ignore[method-assign]


def drops_required_reply_field(sandbox: Sandbox) -> None:
    reply = sandbox.reply

    def without_first_field(op: Any, status: int, body: Any, **options: Any) -> Any:
        if status == 200 and isinstance(body, dict) and body:
            body = dict(list(body.items())[1:])
        return reply(op, status, body, **options)

    sandbox.reply = without_first_field  # type: ignore[method-assign]


def signs_replies_wrongly(sandbox: Sandbox) -> None:
    class Wrong(Signers):
        __slots__ = ()

        def sign_into(self, rule: Any, message: dict) -> dict:
            signed = super().sign_into(rule, message)
            signed[rule.signature] = signed[rule.signature][::-1]
            return signed

    sandbox.signers = Wrong(sandbox.settings)


def answers_5xx_on_bad_input(sandbox: Sandbox) -> None:
    failure = sandbox.failure

    def server_error(op: Any, status: int, message: str, kind: str = "failure") -> Any:
        if status == 400:
            return JSONResponse({"error": message}, 500)
        return failure(op, status, message, kind)

    sandbox.failure = server_error  # type: ignore[method-assign]


def ignores_a_signed_field(sandbox: Sandbox) -> None:
    """Its signature check does not cover one signed field (the rule's last, or for schemes
    that sign every field, the example's first): a signature made for any nearby value of it
    (another last character, the next number, another enum member) is taken, so anyone can
    change that field (an amount) without the key."""
    verify = sandbox.verify

    def lax(op: Any, received: Any, raw: bytes) -> None:
        try:
            return verify(op, received, raw)
        except SignatureError:
            if op.signing is None:
                raise
            skipped = skipped_field(op)
            for candidate in neighbours(op, skipped, op.signing.signed_values(received)):
                try:
                    return verify(op, with_value(op, received, skipped, candidate), raw)
                except SignatureError:
                    continue
            raise

    sandbox.verify = lax  # type: ignore[method-assign]


def neighbours(op: Any, name: str, values: Any) -> list[Any]:
    value = values.get(name)
    choices = enum_values(op, name)
    if choices:
        return [c for c in choices if c != value]
    if isinstance(value, str) and value.lstrip("-").isdigit() and name in numeric(op):
        return [str(int(value) - 1)]
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value - 1]
    if isinstance(value, str) and value:
        return [value[:-1] + c for c in string.ascii_letters + string.digits if c != value[-1]]
    return []


def numeric(op: Any) -> set[str]:
    media = op.media_type()
    schema = op.spec.resolve(op.body_schema(media) or {}) if media else {}
    properties = schema.get("properties", {})
    return {
        k for k, v in properties.items() if op.spec.resolve(v).get("type") in ("integer", "number")
    }


def with_value(op: Any, received: Any, name: str, value: Any) -> Any:
    changed = dict(received)
    payload = op.signing.payload
    if payload:
        changed[payload] = {**received[payload], name: value}
    else:
        changed[name] = value
    return changed


def skipped_field(op: Any) -> str:
    rule = op.signing
    if rule.fields:
        return str(rule.fields[-1])
    example = rule.signed_values(op.request_example() or {})
    return [k for k in example if k != rule.signature and k not in op.provided][-1]


def refuses_with_200(sandbox: Sandbox) -> None:
    """Correct: answers every refusal with HTTP 200 and the document's failure code, as the
    platforms do where the document is silent on status."""
    failure = sandbox.failure

    def with_200(op: Any, status: int, message: str, kind: str = "failure") -> Any:
        response = failure(op, status, message, kind)
        response.status_code = 200
        return response

    sandbox.failure = with_200  # type: ignore[method-assign]


def accepts_a_bad_enum(sandbox: Sandbox) -> None:
    """Its request check lets a value outside an enum through (order_type 3)."""
    read = sandbox.read

    class EnumBlind:
        def __init__(self, op: Any) -> None:
            self._op = op

        def __getattr__(self, name: str) -> Any:
            return getattr(self._op, name)

        def body_check(self, media: str, *, unsigned: bool = False) -> Any:
            check = self._op.body_check(media, unsigned=unsigned)

            def lax(values: Any) -> None:
                try:
                    check(values)
                except ValidationError as exc:
                    if exc.rule != "enum":
                        raise

            return lax

    sandbox.read = lambda op, request, raw: read(EnumBlind(op), request, raw)  # type: ignore[method-assign]


def signs_over_reserialised_json(sandbox: Sandbox) -> None:
    """Signs a reply's JSON-text member (balance's ``data``), then sends it re-serialised
    (other spacing): the signature is over text the client never receives."""

    class Reserialising(Signers):
        __slots__ = ()

        def sign_into(self, rule: Any, message: dict) -> dict:
            signed = super().sign_into(rule, message)
            for key, value in signed.items():
                if isinstance(value, str) and value.startswith("{"):
                    signed[key] = json.dumps(json.loads(value), ensure_ascii=False, indent=1)
            return signed

    sandbox.signers = Reserialising(sandbox.settings)


SERVER_MUTANTS: dict[str, Callable[[Sandbox], None]] = {
    "accepts a bad signature": accepts_bad_signature,
    "drops a required reply field": drops_required_reply_field,
    "signs replies wrongly": signs_replies_wrongly,
    "answers 5xx on bad input": answers_5xx_on_bad_input,
    "ignores a signed field": ignores_a_signed_field,
    "accepts a bad enum": accepts_a_bad_enum,
    "signs replies over re-serialised JSON": signs_over_reserialised_json,
}


def mutant_app(
    api: str, secret: str, mutate: Callable[[Sandbox], None], **options: Any
) -> Starlette:
    app = create_app(api, secret, **options)
    mutate(app.state.sandbox)
    return app
