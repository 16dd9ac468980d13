"""A schemathesis auth provider that signs every generated request with our signer.

Registered from :mod:`jiaofei.contract.hooks`; schemathesis's ``map_*`` hooks do not run in its
coverage phase, so signing happens in the auth provider's ``set``.
"""

from __future__ import annotations

import copy
import secrets
import string
from typing import Any

from jiaofei import signing
from jiaofei.autos import auto_value
from jiaofei.plan import ApiPlan, OperationPlan
from jiaofei.request_builder import RequestBuilder
from jiaofei.settings import Settings
from jiaofei.signers import Signers


class Signer:
    """Signs a generated case's body (or query) the way the API's client would."""

    def __init__(self, api: ApiPlan, settings: Settings, only: str | None = None) -> None:
        self.api = api
        self.settings = settings
        self.signers = Signers(settings)
        self.only = api.operation(only) if only else None
        self.requests = RequestBuilder(settings, self.signers)

    def operation(self, method: str, path: str) -> OperationPlan | None:
        """The operation a case exercises: the callback under test in receiver mode."""
        return self.only if self.only is not None else self.api.find(method, path)

    def sign_case(self, case: Any, *, credentials: bool = True) -> None:
        """Sign the case; with ``credentials``, also set its credential headers (the auth
        provider does; re-signing before the call does not, so schemathesis's own
        missing- and invalid-credential cases stay as it made them)."""
        op = self.operation(case.operation.method, case.operation.path)
        if op is None:
            return
        if credentials and op.header_credentials:
            case.headers = {**(case.headers or {}), **self.credential_headers(op)}
        if op.signing is None:
            return
        rule = op.signing
        if op.media_types:
            if isinstance(case.body, dict):
                case.body = self.signed(case.body, rule)
        elif isinstance(case.query, dict):
            case.query = self.signed(case.query, rule)

    def renew_case(self, case: Any) -> None:
        """Give a generated request that creates a record a fresh identity (see
        :meth:`renewed`), so that it is judged on its own and not refused as a reused order
        number; the stateful phase's links read the identity actually sent."""
        op = self.operation(case.operation.method, case.operation.path)
        if op is not None and op.media_types and isinstance(case.body, dict):
            case.body = self.renewed(op, case.body)

    def renewed(self, op: OperationPlan, message: dict[str, Any]) -> dict[str, Any]:
        """``message`` with the fields that identify the record it creates (an order number:
        the ``create`` key the overlay declares, less the fields settings fill) replaced by
        fresh values of the same shape, signed again when it was signed."""
        identity = [k for k in op.sandbox.get("create", {}).get("key", ()) if k not in op.provided]
        rule = op.signing
        values = message.get(rule.payload) if rule is not None and rule.payload else message
        if not isinstance(values, dict) or not any(
            isinstance(values.get(k), str) for k in identity
        ):
            return message
        message = copy.deepcopy(message)
        values = message[rule.payload] if rule is not None and rule.payload else message
        for key in identity:
            if isinstance(values.get(key), str):
                values[key] = fresh(values[key])
        return self.signed(message, rule) if rule is not None else message

    def credential_headers(self, op: OperationPlan) -> dict[str, str]:
        """The headers the client would send; a user's own credential (authCode) is the
        setting the overlay names for tests."""
        users = {
            c.name: self.settings.get(c.test_setting)
            for c in op.header_credentials
            if c.source == "argument" and c.test_setting
        }
        return self.requests.credential_headers(op, users)

    def signed(self, message: dict[str, Any], rule: signing.Rule) -> dict[str, Any]:
        """Replace the signature a generated message carries with the right one.

        A message generated without a signature is a negative case ("signature missing") and
        stays unsigned, so the server's refusal of it is tested too.
        """
        if rule.signature not in message:
            return message
        message = dict(message)
        # Generated timestamps must be fresh, as the client makes them.
        autos = self.api.autos
        message.update({k: auto_value(autos[k]) for k in autos if k in message})
        try:
            self.signers.sign_into(rule, message)
        except (TypeError, ValueError):
            # Negative cases may hold values no wire format carries (floats, objects where
            # text belongs), or ask for a scheme no key is configured for; they are sent
            # unsigned and must be refused anyway.
            pass
        return message


def fresh(text: str) -> str:
    """``text`` with its last (up to 8) characters replaced by random ones of the same kind:
    digits stay digits, letters letters of the same case, anything else as it was."""
    tail = len(text) - min(8, len(text))
    return text[:tail] + "".join(_same_kind(c) for c in text[tail:])


def _same_kind(c: str) -> str:
    for alphabet in (string.digits, string.ascii_lowercase, string.ascii_uppercase):
        if c in alphabet:
            return secrets.choice(alphabet)
    return c
