"""A broken promise with its proof: the exact request and response, the rule, a hint."""

from __future__ import annotations

from collections.abc import Iterable

import httpx

from jiaofei import API_PACKAGES, signing
from jiaofei.plan import OperationPlan

BODY_LIMIT = 4000
REDACTED = "<redacted>"


class Broken(AssertionError):
    """A promise the server or receiver broke; the message carries the whole evidence, so
    schemathesis's report and its JUnit XML show the same thing the summary does."""

    def __init__(
        self,
        what: str,
        *,
        rule: str,
        hint: str,
        exchange: str = "",
        counts: tuple[int, int] | None = None,
    ) -> None:
        lines = [what, f"  rule: {rule}", f"  hint: {hint}"]
        if counts is not None:
            lines.append(f"  processed before: {counts[0]}, after: {counts[1]}")
        if exchange:
            lines.append(exchange)
        super().__init__("\n".join(lines))
        self.what = what


def exchange(
    request: httpx.Request,
    response: httpx.Response | None,
    *,
    secret_headers: Iterable[str] = (),
    problem: str | None = None,
) -> str:
    """The request as sent and the response as received, headers included (credential
    headers redacted), bodies verbatim up to :data:`BODY_LIMIT` characters."""
    hidden = {h.lower() for h in secret_headers}
    lines = ["  request:", f"    {request.method} {request.url}"]
    lines += [
        f"    {name}: {REDACTED if name.lower() in hidden else value}"
        for name, value in request.headers.items()
        if name.lower() not in ("host", "accept", "accept-encoding", "connection", "user-agent")
    ]
    lines.append(f"    {_text(request.content)}")
    if response is None:
        lines += ["  response: none", f"    {problem or 'no answer'}"]
        return "\n".join(lines)
    lines.append("  response:")
    lines.append(f"    HTTP {response.status_code} {response.reason_phrase}")
    content_type = response.headers.get("content-type")
    if content_type:
        lines.append(f"    content-type: {content_type}")
    lines.append(f"    {_text(response.content)}")
    return "\n".join(lines)


def _text(content: bytes) -> str:
    text = content.decode("utf-8", errors="replace") if content else "(empty body)"
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT] + f"… ({len(text)} chars)"


def secret_headers(op: OperationPlan) -> list[str]:
    return [c.header for c in op.header_credentials if c.source != "auto"]


def signing_rule(op: OperationPlan, rule: signing.Rule | None) -> str:
    if rule is None:
        return f"{op.operation_id}: no signing rule"
    fields = ", ".join(rule.fields) if rule.fields else "every field of the message, sorted"
    where = f" (inside {rule.payload!r})" if rule.payload else ""
    return f"{op.operation_id}: {rule.signature!r} is {rule.scheme} over {fields}{where}"


def verify_hint(op: OperationPlan) -> str:
    package = API_PACKAGES[op.api.name]
    if op.kind != "call":
        return (
            f"verify the signature over the raw body with {package}.Receiver before "
            "processing, and answer anything else without the ack"
        )
    return (
        f"recompute the signature over the received values as {package} does and refuse a "
        f"mismatch (`jiaofei verify {op.api.name} {op.operation_id} --secret K --params "
        "'<the request's fields>'` checks one)"
    )
