"""Reading a reply: decoded, its signature verified on the values exactly as received, judged
by the document's outcome fields, then read into the Python types the models declare."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from jiaofei import messages
from jiaofei.errors import (
    BusinessError,
    CredentialRefused,
    HTTPStatusError,
    JiaofeiError,
    SignatureError,
    SignatureRefused,
    ValidationError,
)
from jiaofei.plan import OperationPlan
from jiaofei.signers import Signers
from jiaofei.signing import value_text


class ReplyReader:
    def __init__(self, signers: Signers) -> None:
        self.signers = signers

    def read(self, plan: OperationPlan, response: httpx.Response) -> Any:
        """Decode, verify and judge a reply; return its body read as the spec's types."""
        try:
            received, media = messages.read_reply(
                plan, response.content, response.headers.get("content-type")
            )
        except ValidationError as exc:
            if response.is_success:
                exc.response = response
                raise
            raise HTTPStatusError(response.status_code, exc.detail, response=response) from None
        if not isinstance(received, dict):
            if not response.is_success:
                raise HTTPStatusError(response.status_code, _summary(received), response=response)
            return received
        self.verify(plan, received, response)
        shape = plan.reply_reader(response.status_code, media)
        body = shape.form.read(received) if shape.form is not None else received
        self.check_outcome(plan, body, response)
        if not response.is_success:
            raise HTTPStatusError(response.status_code, _summary(body), response=response)
        return shape.read(body)

    def verify(
        self, plan: OperationPlan, body: Mapping[str, Any], response: httpx.Response
    ) -> None:
        rule = plan.reply_signing
        if rule is None or not rule.applies_to(body):
            return
        try:
            self.signers.verify(rule, body, body=response.content)
        except SignatureError as exc:
            raise SignatureError(
                f"reply {exc.detail}",
                field=exc.field,
                response=response,
                diagnosis=exc.diagnosis,
            ) from None

    @staticmethod
    def check_outcome(
        plan: OperationPlan, body: Mapping[str, Any], response: httpx.Response
    ) -> None:
        for check in plan.api.outcome_checks:
            scope = body.get(check.within, {}) if check.within else body
            if not isinstance(scope, Mapping) or check.field not in scope:
                continue
            value = value_text(scope[check.field])
            if value in check.success:
                continue
            vendor_message = next(
                (scope[f] for f in check.messages if scope.get(f) not in (None, "")), None
            )
            refusal = (
                SignatureRefused
                if value in check.signature_codes
                else CredentialRefused
                if value in check.credential_codes
                else BusinessError
            )
            raise refusal(
                value,
                field=check.field,
                meaning=plan.meaning(check.field, value, response.status_code),
                vendor_message=str(vendor_message) if vendor_message is not None else None,
                response=response,
            )


def parse_reply(
    plan: OperationPlan, body: Any, parse: Callable[[Any], Any], response: httpx.Response
) -> Any:
    """``parse(body)`` (a generated model's ``from_dict``); a verified reply that lacks a field
    the model needs, or holds one it cannot read, raises :class:`ValidationError` naming the
    field, with the response."""
    try:
        return parse(body)
    except JiaofeiError as exc:
        exc.response = exc.response or response
        raise
    except KeyError as exc:
        where = [plan.result_field] if plan.result_field else []
        field = ".".join([*where, str(exc.args[0])])
        raise ValidationError(
            field, "required", "is missing from the reply", response=response
        ) from None
    except (TypeError, ValueError, ArithmeticError, AttributeError) as exc:
        problem = ValidationError("", "reply", f"cannot be read ({exc})", response=response)
        check = plan.reply_check(response.status_code, "application/json")
        if check is not None and isinstance(body, Mapping):
            try:
                check(body)
            except ValidationError as named:
                named.response = response
                problem = named
        raise problem from None


def payload(field: str, parse: Callable[[Any], Any]) -> Callable[[Mapping[str, Any]], Any]:
    """Parse the member of a reply that holds its result: an object (an envelope's
    ``response``) or JSON text in a string field (signed as sent)."""

    def parse_payload(body: Mapping[str, Any]) -> Any:
        value = body.get(field)
        if isinstance(value, Mapping):
            return parse(value)
        if not isinstance(value, str):
            raise ValidationError(field, "required", "is missing from the reply")
        try:
            return parse(json.loads(value))
        except json.JSONDecodeError as exc:
            raise ValidationError(field, "json", f"is not JSON text ({exc})") from None

    return parse_payload


def _summary(body: Any) -> str:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False, default=str)
    return text[:200]
