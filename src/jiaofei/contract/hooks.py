"""Loaded by schemathesis (``SCHEMATHESIS_HOOKS=jiaofei.contract.hooks``); configured through
``JIAOFEI_CONTRACT_API`` and ``JIAOFEI_CONTRACT_SECRET``."""

from __future__ import annotations

import json
import os
from typing import Any

import schemathesis
from schemathesis.specs.openapi import checks as st_checks

from jiaofei import messages
from jiaofei.contract import checks
from jiaofei.contract.signing_auth import Signer
from jiaofei.plan import ApiPlan
from jiaofei.secrets import Secret
from jiaofei.settings import Settings
from jiaofei.tls import client_context
from jiaofei.wire import FORM, decode_form

_api = ApiPlan.load(os.environ["JIAOFEI_CONTRACT_API"])
_settings = Settings.with_secret(
    _api,
    Secret(os.environ.get("JIAOFEI_CONTRACT_SECRET", "")),
    json.loads(os.environ.get("JIAOFEI_CONTRACT_SETTINGS", "{}")),
)
_signer = Signer(_api, _settings, os.environ.get("JIAOFEI_CONTRACT_OPERATION") or None)
_base_url = os.environ.get("JIAOFEI_CONTRACT_BASE_URL", "")
_tls_options = json.loads(os.environ.get("JIAOFEI_CONTRACT_TLS", "{}"))
_tls = client_context(_tls_options.get("verify", True), _tls_options.get("cert"))


@schemathesis.auth(refresh_interval=None)
class SignWithJiaofei:
    def get(self, case: Any, context: Any) -> Any:
        return _signer

    def set(self, case: Any, data: Any, context: Any) -> None:
        data.sign_case(case)


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: Any) -> None:
    """Sign again right before sending: the stateful phase fills linked fields (e.g. order_no
    from a previous call) after the auth provider ran. A request creating a record gets a
    fresh identity first: the document's example order number, reused by every generated
    case, would otherwise have each case after the first refused as a duplicate, hiding
    what the case is about (an invalid enum accepted)."""
    _signer.renew_case(case)
    _signer.sign_case(case, credentials=False)


@schemathesis.deserializer("application/x-www-form-urlencoded")
def form_reply(context: Any, response: Any) -> Any:
    """k=v replies (CMPay) read as the schema's types, as our client reads them."""
    op = _signer.operation(context.operation.method, context.operation.path)
    values = decode_form(response.content.decode("utf-8"))
    if op is None:
        return values
    return messages.typed_reply(op, response.status_code, FORM, values)


@schemathesis.check
def signed_request_accepted(ctx: Any, response: Any, case: Any) -> None:
    """A valid, correctly signed request is accepted (not refused 401/403)."""
    checks.signed_request_accepted(_signer, response, case)


@schemathesis.check
def reply_signature_verifies(ctx: Any, response: Any, case: Any) -> None:
    """Signed replies carry a signature that verifies."""
    checks.reply_signature_verifies(_signer, response, case)


@schemathesis.check
def tampered_signature_refused(ctx: Any, response: Any, case: Any) -> None:
    """An accepted request with its signature changed is refused."""
    checks.tampered_signature_refused(_signer, response, case, _base_url, _tls)


@schemathesis.check
def tampered_credential_refused(ctx: Any, response: Any, case: Any) -> None:
    """An accepted request with a credential header changed is refused."""
    checks.tampered_credential_refused(_signer, response, case, _base_url, _tls)


@schemathesis.check
def tampered_field_refused(ctx: Any, response: Any, case: Any) -> None:
    """An accepted request with one signed field changed, signature kept, is refused."""
    checks.tampered_field_refused(_signer, response, case, _base_url, _tls)


# schemathesis judges refusals by HTTP status alone; these replace its status checks
# (excluded by the runner) and judge by the document's outcome, as our client reads replies.


@schemathesis.check
def negative_data_refused(ctx: Any, response: Any, case: Any) -> Any:
    """Schema-violating requests are refused (the document's failure code or a 4xx)."""
    if _refused(case, response):
        return None
    return st_checks.negative_data_rejection(ctx, response, case)


@schemathesis.check
def positive_data_accepted(ctx: Any, response: Any, case: Any) -> Any:
    """Valid requests are not answered outside the document: a refusal the document describes
    (its failure code, or a 4xx where it is silent on status) is the server's right."""
    if _refused(case, response):
        return None
    return st_checks.positive_data_acceptance(ctx, response, case)


@schemathesis.check
def missing_required_header_refused(ctx: Any, response: Any, case: Any) -> Any:
    """A request without a required header is refused (the document's failure code or 4xx)."""
    if _refused(case, response):
        return None
    return st_checks.missing_required_header(ctx, response, case)


@schemathesis.check
def undeclared_method_refused(ctx: Any, response: Any, case: Any) -> Any:
    """A method the document does not declare is refused: 405, or the document's failure
    answer (the documents say nothing of HTTP status for it)."""
    if _refused(case, response):
        return None
    return st_checks.unsupported_method(ctx, response, case)


@schemathesis.check
def response_schema_conformant(ctx: Any, response: Any, case: Any) -> Any:
    """Replies match the document's schema; a refusal sent with a 2xx status is held to the
    shape the document gives refusals (its 4xx reply), not to the success reply's."""
    try:
        return st_checks.response_schema_conformance(ctx, response, case)
    except AssertionError:
        op = checks.operation(_signer, case)
        if op is None or not 200 <= response.status_code < 300 or not _refused(case, response):
            raise
    checks.refusal_shape(op, response)
    return None


def _refused(case: Any, response: Any) -> bool:
    op = checks.operation(_signer, case)
    return op is not None and checks.outcome_of(op, response).refused


@schemathesis.check
def exact_ack(ctx: Any, response: Any, case: Any) -> None:
    """A receiver acknowledges a valid delivery with exactly the document's ack."""
    checks.exact_ack(_signer, response, case)
