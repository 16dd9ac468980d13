"""A schemathesis auth provider that signs every generated request with our signer.

Registered from :mod:`jiaofei.contract.hooks`; schemathesis's ``map_*`` hooks do not run in its
coverage phase, so signing happens in the auth provider's ``set``.
"""

from __future__ import annotations

from typing import Any

from jiaofei import signing
from jiaofei.pipeline import Pipeline
from jiaofei.settings import Settings
from jiaofei.spec import ApiSpec, Operation


class Signer:
    """Signs a generated case's body (or query) the way the API's client would."""

    def __init__(self, spec: ApiSpec, settings: Settings, only: str | None = None) -> None:
        self.spec = spec
        self.settings = settings
        self.only = spec.operation(only) if only else None

    def operation(self, method: str, path: str) -> Operation | None:
        """The operation a case exercises: the callback under test in receiver mode."""
        return self.only if self.only is not None else self.spec.find(method, path)

    def sign_case(self, case: Any) -> None:
        op = self.operation(case.operation.method, case.operation.path)
        if op is None or op.signing is None:
            return
        rule = op.signing
        if op.request_media_types:
            if isinstance(case.body, dict):
                case.body = self.signed(case.body, rule)
        elif isinstance(case.query, dict):
            case.query = self.signed(case.query, rule)

    def signed(self, message: dict[str, Any], rule: signing.Rule) -> dict[str, Any]:
        """Replace the signature a generated message carries with the right one.

        A message generated without a signature is a negative case ("signature missing") and
        stays unsigned, so the server's refusal of it is tested too.
        """
        if rule.signature not in message:
            return message
        message = dict(message)
        # Generated timestamps must be fresh, as the client makes them.
        autos = self.spec.info_extension.get("auto", {})
        message.update({k: v for k, v in Pipeline.provided_autos(autos).items() if k in message})
        try:
            self.settings.sign_into(message, rule)
        except (TypeError, ValueError):
            # Negative cases may hold values no wire format carries (floats, objects where
            # text belongs), or ask for a scheme no key is configured for; they are sent
            # unsigned and must be refused anyway.
            pass
        return message
