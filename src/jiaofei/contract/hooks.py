"""Loaded by schemathesis (``SCHEMATHESIS_HOOKS=jiaofei.contract.hooks``); configured through
``JIAOFEI_CONTRACT_API`` and ``JIAOFEI_CONTRACT_SECRET``."""

from __future__ import annotations

import os
from typing import Any

import schemathesis

from jiaofei.contract.signing_auth import Signer
from jiaofei.secrets import Secret
from jiaofei.spec import ApiSpec

_signer = Signer(
    ApiSpec.load(os.environ["JIAOFEI_CONTRACT_API"]),
    Secret(os.environ.get("JIAOFEI_CONTRACT_SECRET", "")),
)


@schemathesis.auth(refresh_interval=None)
class SignWithJiaofei:
    def get(self, case: Any, context: Any) -> Any:
        return _signer

    def set(self, case: Any, data: Any, context: Any) -> None:
        data.sign_case(case)


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: Any) -> None:
    """Sign again right before sending: the stateful phase fills linked fields (e.g. order_no
    from a previous call) after the auth provider ran."""
    _signer.sign_case(case)
