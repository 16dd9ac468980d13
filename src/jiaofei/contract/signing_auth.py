"""A schemathesis auth provider that signs every generated request with our signer.

Registered from :mod:`jiaofei.contract.hooks`; schemathesis's ``map_*`` hooks do not run in its
coverage phase, so signing happens in the auth provider's ``set``.
"""

from __future__ import annotations

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
