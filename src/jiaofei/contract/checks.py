"""The promises our contract tests hold a server to, beyond schemathesis's own checks."""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping
from typing import Any

import httpx

from jiaofei import API_PACKAGES, messages, signing
from jiaofei.contract import evidence
from jiaofei.contract.outcome import Outcome, judge
from jiaofei.contract.signing_auth import Signer
from jiaofei.errors import SignatureError, ValidationError
from jiaofei.plan import OperationPlan

TAMPERED = "tampered"
# Accepted requests re-sent tampered, per operation: the promise is the same for every case,
# and re-sending all of them would halve a run's speed. A field check sends one request per
# signed field, so it samples fewer.
TAMPER_SAMPLES = 5
FIELD_SAMPLES = 2
_tampered: dict[tuple[str, str], int] = {}
# One client for the checks' own requests, shared by the worker threads (httpx's pool is
# thread-safe): a client per request would read the CA bundle and connect again each time.
_clients: dict[int, tuple[Any, httpx.Client]] = {}
_clients_lock = threading.Lock()
# id(response) -> (response, its outcome); the response is held so that its id is not reused.
_outcomes: dict[int, tuple[Any, Outcome]] = {}


def operation(signer: Signer, case: Any) -> OperationPlan | None:
    return signer.operation(case.operation.method, case.operation.path)


def is_positive(case: Any) -> bool:
    meta = getattr(case, "meta", None)
    return bool(meta is not None and meta.generation.mode.is_positive)


def signed_request_accepted(signer: Signer, response: Any, case: Any) -> None:
    """A valid request, correctly signed and with the right credentials, must not be refused
    as unauthenticated."""
    op = operation(signer, case)
    if op is None or not (op.signing or op.header_credentials) or not is_positive(case):
        return
    if response.status_code in (401, 403):
        raise evidence.Broken(
            f"a valid, correctly signed request was refused with {response.status_code}",
            rule=evidence.signing_rule(op, op.signing),
            hint="check the key (--secret) and the string to sign with `jiaofei verify`",
            exchange=sent(op, response),
        )


def reply_signature_verifies(signer: Signer, response: Any, case: Any) -> None:
    """Every reply the document signs carries a signature that verifies."""
    op = operation(signer, case)
    if op is None or op.reply_signing is None:
        return
    content_type = response.headers.get("content-type")
    if isinstance(content_type, list):
        content_type = content_type[0]
    try:
        received, _ = messages.read_reply(op, response.content, content_type)
    except ValidationError:
        return
    if not isinstance(received, dict) or not op.reply_signing.applies_to(received):
        return
    try:
        signer.signers.verify(op.reply_signing, received)
    except SignatureError as exc:
        raise evidence.Broken(
            f"the reply's signature does not verify ({exc})",
            rule=evidence.signing_rule(op, op.reply_signing),
            hint="sign the reply's values exactly as they are sent, after serialising them, "
            "never a re-serialised copy",
            exchange=sent(op, response),
        ) from None


def _renewed(signer: Signer, op: OperationPlan, kwargs: dict[str, Any]) -> dict[str, Any]:
    """A re-sent request that creates a record gets a fresh identity (signed again), so that it
    is refused for what was tampered, not as a reused order number."""
    place = _body_place(kwargs)
    if place is not None:
        kwargs[place] = signer.renewed(op, kwargs[place])
    return kwargs


def tampered_signature_refused(
    signer: Signer, response: Any, case: Any, base_url: str, tls: Any = True
) -> None:
    """The same accepted request with its signature changed must be refused."""
    op = operation(signer, case)
    rule = op.signing if op is not None else None
    if op is None or rule is None or not _sample(op, response, "signature", TAMPER_SAMPLES):
        return
    kwargs = _renewed(signer, op, copy.deepcopy(case.as_transport_kwargs(base_url=base_url)))
    body = _signed_body(kwargs)
    if body is None or not isinstance(body.get(rule.signature), str):
        return
    body[rule.signature] = flip(body[rule.signature])
    _expect_refusal(
        op,
        kwargs,
        tls,
        f"a request with a tampered signature ({rule.signature}) was not refused",
        rule=evidence.signing_rule(op, rule),
        hint=evidence.verify_hint(op),
    )


def tampered_field_refused(
    signer: Signer, response: Any, case: Any, base_url: str, tls: Any = True
) -> None:
    """The same accepted request with one signed field changed and the original signature
    kept must be refused, for each signed field in turn: a signature check that skips a field
    lets anyone change it (an amount, a phone number)."""
    op = operation(signer, case)
    rule = op.signing if op is not None else None
    if op is None or rule is None or not _sample(op, response, "field", FIELD_SAMPLES):
        return
    original = copy.deepcopy(case.as_transport_kwargs(base_url=base_url))
    body = _signed_body(original)
    if body is None or rule.signature not in body:
        return
    original = _renewed(signer, op, original)
    body = _signed_body(original) or {}
    for name in signed_fields(rule, body):
        kwargs = copy.deepcopy(original)
        values = _signed_values(rule, _signed_body(kwargs) or {})
        if values is None or name not in values:
            continue
        changed = tampered_value(op, name, values[name])
        if changed is None:
            continue
        values[name] = changed
        _expect_refusal(
            op,
            kwargs,
            tls,
            f"a request with the signed field {name!r} changed "
            f"({_short(original_value(rule, body, name))} -> {_short(changed)}) and the "
            "original signature kept was not refused",
            rule=evidence.signing_rule(op, rule),
            hint=evidence.verify_hint(op),
        )


def tampered_credential_refused(
    signer: Signer, response: Any, case: Any, base_url: str, tls: Any = True
) -> None:
    """The same accepted request with one credential header (appKey, token, authCode) changed
    must be refused, for each of them."""
    op = operation(signer, case)
    if op is None or not op.header_credentials:
        return
    if not _sample(op, response, "credential", TAMPER_SAMPLES):
        return
    kwargs = copy.deepcopy(case.as_transport_kwargs(base_url=base_url))
    headers = dict(kwargs.get("headers") or {})
    for credential in op.header_credentials:
        if credential.source != "auto" and isinstance(headers.get(credential.header), str):
            tampered = {**headers, credential.header: flip(headers[credential.header])}
            _expect_refusal(
                op,
                {**kwargs, "headers": tampered},
                tls,
                f"a request with a tampered {credential.header} was not refused",
                rule=f"{op.operation_id}: every call carries the {credential.header} header "
                "the platform issued",
                hint=f"compare {credential.header} with the issued value in constant time and "
                "refuse a mismatch",
            )


def signed_fields(rule: signing.Rule, body: Mapping[str, Any]) -> list[str]:
    """The fields the rule signs, in its order; every field but the signature when the
    scheme signs the whole message."""
    values = rule.signed_values(body)
    if rule.fields is not None:
        return [f for f in rule.fields if f in values]
    return [f for f in values if f != rule.signature]


def original_value(rule: signing.Rule, body: Mapping[str, Any], name: str) -> Any:
    return rule.signed_values(body).get(name)


def tampered_value(op: OperationPlan, name: str, value: Any) -> Any:
    """Another value the field's schema still allows where that is easy to find (another
    enum member, the next number, one character changed), so the request fails on its
    signature rather than on its shape."""
    choices = enum_values(op, name)
    if choices:
        # Form and query values are text: another member, written as the wire writes it.
        others = [c for c in choices if signing.value_text(c) != signing.value_text(value)]
        if not others:
            return None
        return signing.value_text(others[0]) if isinstance(value, str) else others[0]
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str) and value:
        return flip(value)
    return None


def enum_values(op: OperationPlan, name: str) -> list[Any]:
    """The values a body field's schema allows, when it lists them (``enum``, ``const``)."""
    media = op.media_type()
    if media is None:
        return []
    schema = op.spec.resolve(op.body_schema(media) or {})
    if op.signing is not None and op.signing.payload:
        schema = op.spec.resolve(schema.get("properties", {}).get(op.signing.payload, {}))
    prop = op.spec.resolve(schema.get("properties", {}).get(name, {}))
    if not isinstance(prop, Mapping):
        return []
    return [prop["const"]] if "const" in prop else list(prop.get("enum", []))


def _body_place(kwargs: dict[str, Any]) -> str | None:
    """Where the request's signed fields are: its JSON or form body, or its query."""
    return next((p for p in ("json", "data", "params") if isinstance(kwargs.get(p), dict)), None)


def _signed_body(kwargs: dict[str, Any]) -> dict[str, Any] | None:
    place = _body_place(kwargs)
    return kwargs[place] if place is not None else None


def _signed_values(rule: signing.Rule, body: dict[str, Any]) -> dict[str, Any] | None:
    if rule.payload is None:
        return body
    inner = body.get(rule.payload)
    return inner if isinstance(inner, dict) else None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def outcome_of(op: OperationPlan, response: Any) -> Outcome:
    """The document's outcome of a response schemathesis received, judged once: half a dozen
    checks ask about each response."""
    held = _outcomes.get(id(response))
    if held is not None and held[0] is response:
        return held[1]
    outcome = judge(op, as_httpx(response))
    if len(_outcomes) >= 64:
        _outcomes.clear()
    _outcomes[id(response)] = (response, outcome)
    return outcome


def _sample(op: OperationPlan, response: Any, kind: str, limit: int) -> bool:
    """Whether to re-send this accepted request tampered (a few per operation)."""
    if not outcome_of(op, response).accepted:
        return False
    key = (op.operation_id, kind)
    if _tampered.get(key, 0) >= limit:
        return False
    _tampered[key] = _tampered.get(key, 0) + 1
    return True


def _expect_refusal(
    op: OperationPlan, kwargs: dict[str, Any], tls: Any, what: str, *, rule: str, hint: str
) -> None:
    """Send the tampered request; it must be refused as the document refuses (its failure
    code or a 4xx), and the failure shows exactly that request and its response."""
    headers = {
        k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() != "content-length"
    }
    http = _client(tls)
    request = http.build_request(
        kwargs["method"],
        kwargs["url"],
        params=kwargs.get("params"),
        json=kwargs.get("json"),
        data=kwargs.get("data"),
        headers=headers,
    )
    hidden = evidence.secret_headers(op)
    try:
        answer = http.send(request)
    except httpx.HTTPError as exc:
        raise evidence.Broken(
            f"{what}: it could not be sent ({type(exc).__name__}: {exc})",
            rule=rule,
            hint="the server stopped answering; see the first failure above",
            exchange=evidence.exchange(request, None, secret_headers=hidden, problem=str(exc)),
        ) from None
    outcome = judge(op, answer)
    if not outcome.refused:
        raise evidence.Broken(
            f"{what}: {outcome.verdict} ({outcome.reason})",
            rule=rule,
            hint=hint,
            exchange=evidence.exchange(request, answer, secret_headers=hidden),
        )


def _client(tls: Any) -> httpx.Client:
    """The client for ``tls`` (what httpx's ``verify=`` takes), kept for the run."""
    with _clients_lock:
        held = _clients.get(id(tls))
        if held is None or held[0] is not tls:
            held = _clients[id(tls)] = (tls, httpx.Client(verify=tls, timeout=30))
        return held[1]


def as_httpx(response: Any) -> httpx.Response:
    """A schemathesis response as the httpx response our reply reading takes."""
    if isinstance(response, httpx.Response):
        return response
    headers = [
        (name, value)
        for name, values in (response.headers or {}).items()
        for value in (values if isinstance(values, list) else [values])
    ]
    return httpx.Response(response.status_code, headers=headers, content=response.content)


def flip(text: str) -> str:
    """``text`` with its last character changed to another of the same kind."""
    if not text:
        return TAMPERED
    last = text[-1]
    if "0" <= last <= "9":  # not isdigit(): "³" is a digit that int() refuses
        other = str((int(last) + 1) % 10)
    elif "a" <= last.lower() <= "z":
        base = "a" if last.islower() else "A"
        other = chr(ord(base) + (ord(last.lower()) - ord("a") + 1) % 26)
    else:
        other = "0"
    return text[:-1] + other


def exact_ack(signer: Signer, response: Any, case: Any) -> None:
    op = operation(signer, case)
    if op is None or op.kind == "call" or not 200 <= response.status_code < 300:
        return
    ack = op.ack.text
    if ack is not None and response.content != op.ack.body:
        raise evidence.Broken(
            f"the ack must be exactly {ack!r}, got {response.content[:40]!r}",
            rule=f"{op.operation_id}: a receiver acknowledges a delivery with exactly {ack!r}",
            hint=f"answer {ack!r} and nothing else (no newline, no JSON) once processed; "
            f"{API_PACKAGES[op.api.name]}.Receiver does",
            exchange=sent(op, response),
        )


def refusal_shape(op: OperationPlan, response: Any) -> None:
    """A refusal answered with a 2xx status matches the document's refusal reply (its first
    4xx one), when the document gives one."""
    reply = as_httpx(response)
    try:
        received, media = messages.read_reply(op, reply.content, reply.headers.get("content-type"))
    except ValidationError:
        return
    for status in sorted(int(s) for s in op.source.raw.get("responses", {}) if s.isdigit()):
        check = op.reply_check(status, media) if 400 <= status < 500 else None
        if check is None:
            continue
        try:
            check(messages.typed_reply(op, status, media, received))
        except ValidationError as exc:
            raise evidence.Broken(
                f"a refusal sent with HTTP {reply.status_code} does not have the shape of "
                f"the document's refusal reply ({exc})",
                rule=f"{op.operation_id}: the {status} reply's schema",
                hint="answer refusals with the document's failure fields",
                exchange=sent(op, response),
            ) from None
        return


def sent(op: OperationPlan, response: Any) -> str:
    """The exchange schemathesis made for a case, as evidence."""
    prepared = response.request
    body = prepared.body or b""
    request = httpx.Request(
        prepared.method or "GET",
        prepared.url or "",
        headers=dict(prepared.headers or {}),
        content=body.encode("utf-8") if isinstance(body, str) else body,
    )
    return evidence.exchange(
        request, as_httpx(response), secret_headers=evidence.secret_headers(op)
    )
