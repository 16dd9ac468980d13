"""The promises our contract tests hold a server to, beyond schemathesis's own checks."""

from __future__ import annotations

from typing import Any

import httpx

from jiaofei import messages
from jiaofei.contract.signing_auth import Signer
from jiaofei.errors import SignatureError, ValidationError
from jiaofei.plan import OperationPlan

TAMPERED = "tampered"
# Accepted requests re-sent tampered, per operation: the promise is the same for every case,
# and re-sending all of them would halve a run's speed.
TAMPER_SAMPLES = 5
_tampered: dict[str, int] = {}


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
        raise AssertionError(
            f"a valid, correctly signed request was refused with {response.status_code}"
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
        raise AssertionError(f"the reply's signature does not verify ({exc})") from None


def tampered_signature_refused(
    signer: Signer, response: Any, case: Any, base_url: str, tls: Any = True
) -> None:
    """The same accepted request with its signature changed must be refused (4xx)."""
    op = operation(signer, case)
    if op is None or op.signing is None or not _sample(op, response):
        return
    kwargs = case.as_transport_kwargs(base_url=base_url)
    signature = op.signing.signature
    for place in ("json", "data", "params"):
        container = kwargs.get(place)
        if isinstance(container, dict) and isinstance(container.get(signature), str):
            container[signature] = _flip(container[signature])
            break
    else:
        return
    _expect_refusal(kwargs, tls, "a request with a tampered signature")


def tampered_credential_refused(
    signer: Signer, response: Any, case: Any, base_url: str, tls: Any = True
) -> None:
    """The same accepted request with one credential header (appKey, token, authCode) changed
    must be refused (4xx), for each of them."""
    op = operation(signer, case)
    if op is None or not op.header_credentials or not _sample(op, response):
        return
    kwargs = case.as_transport_kwargs(base_url=base_url)
    headers = dict(kwargs.get("headers") or {})
    for credential in op.header_credentials:
        if credential.source != "auto" and isinstance(headers.get(credential.header), str):
            tampered = {**headers, credential.header: _flip(headers[credential.header])}
            _expect_refusal(
                {**kwargs, "headers": tampered},
                tls,
                f"a request with a tampered {credential.header}",
            )


def _sample(op: OperationPlan, response: Any) -> bool:
    """Whether to re-send this accepted request tampered (a few per operation)."""
    if not 200 <= response.status_code < 300:
        return False
    if _tampered.get(op.operation_id, 0) >= TAMPER_SAMPLES:
        return False
    _tampered[op.operation_id] = _tampered.get(op.operation_id, 0) + 1
    return True


def _expect_refusal(kwargs: dict[str, Any], tls: Any, what: str) -> None:
    headers = {
        k: v for k, v in (kwargs.get("headers") or {}).items() if k.lower() != "content-length"
    }
    with httpx.Client(verify=tls, timeout=30) as http:
        refused = http.request(
            kwargs["method"],
            kwargs["url"],
            params=kwargs.get("params"),
            json=kwargs.get("json"),
            data=kwargs.get("data"),
            headers=headers,
        )
    if refused.status_code < 400:
        raise AssertionError(f"{what} was accepted ({refused.status_code})")
    if refused.status_code >= 500:
        raise AssertionError(f"{what} got {refused.status_code}, not a refusal")


def _flip(signature: str) -> str:
    if not signature:
        return TAMPERED
    last = signature[-1]
    return signature[:-1] + ("0" if last != "0" else "1")


def exact_ack(signer: Signer, response: Any, case: Any) -> None:
    op = operation(signer, case)
    if op is None or op.kind == "call" or not 200 <= response.status_code < 300:
        return
    ack = op.ack.text
    if ack is not None and response.content != op.ack.body:
        raise AssertionError(f"the ack must be exactly {ack!r}, got {response.content[:40]!r}")
